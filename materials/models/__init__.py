from .downloads import DownloadChannel, DownloadCount, ZipDownloadCount
from .library import MaterialLibraryPage
from .material import FILE_FORMAT_CHOICES, Audience, Material, MaterialQuerySet
from .settings import MaterialsSettings

__all__ = [
    "FILE_FORMAT_CHOICES",
    "Audience",
    "DownloadChannel",
    "DownloadCount",
    "Material",
    "MaterialLibraryPage",
    "MaterialQuerySet",
    "MaterialsSettings",
    "ZipDownloadCount",
]
