from .centres import CentreIndexPage, CentrePage, HealthRegion
from .methods import (
    ExperienceLevel,
    MethodIndexPage,
    MethodKind,
    MethodPage,
    MethodPageMaterial,
    MethodPageRelatedMethod,
    MethodPageUsage,
    PracticeLevel,
    ResearchLevel,
)
from .taxonomy import TargetGroup, Theme

__all__ = [
    "CentreIndexPage",
    "CentrePage",
    "ExperienceLevel",
    "HealthRegion",
    "MethodIndexPage",
    "MethodKind",
    "MethodPage",
    "MethodPageMaterial",
    "MethodPageRelatedMethod",
    "MethodPageUsage",
    "PracticeLevel",
    "ResearchLevel",
    "TargetGroup",
    "Theme",
]
