"""Builds the demo site from the texts in this package, idempotently.

Every object is matched by a stable key (page slug under its parent, snippet slug, material title in its
centre's collection, username) and left alone when it exists, so running the build again changes nothing.
Pages go through Wagtail's revision and publish actions; publication dates are set from the content so
that "newest first" lists show a plausible history.
"""

import datetime
import hashlib
import os
from collections import Counter
from io import BytesIO

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.collections import centre_collection, internal_collection
from core.models import Centre
from home.models import HomePage, HomePageFeaturedMethod, StandardPage
from materials.models import Material, MaterialLibraryPage
from materials.validation import validate_material_file
from methods.models import (
    CentreIndexPage,
    CentrePage,
    MethodIndexPage,
    MethodPage,
    MethodPageMaterial,
    MethodPageRelatedMethod,
    MethodPageUsage,
    TargetGroup,
    Theme,
)
from methods.slugs import norwegian_slugify
from search.models import MethodLibraryPage

from . import content
from .documents import render
from .materials import MATERIALS
from .methods import METHODS

DEFAULT_ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "knutepunkt-demo"
PLACEHOLDER_TITLE = "Welcome to your new Wagtail site!"


class DemoError(Exception):
    """The database holds something the demo cannot build on; the message says what and why."""


def _moment(day):
    """Noon (Oslo time) on an ISO date, never later than now."""
    moment = timezone.make_aware(
        datetime.datetime.combine(datetime.date.fromisoformat(day), datetime.time(12))
    )
    return min(moment, timezone.now())


class DemoBuilder:
    def __init__(self):
        self.created = Counter()
        self.existing = Counter()
        self.admin_login = None
        self.new_objects = []  # (model, pk) of everything created, for the reference index

    # ------------------------------------------------------------------ entry point
    def build(self):
        # Wagtail would rebuild an object's references on each of its several saves; do it once at the end.
        with transaction.atomic(), disable_reference_index_auto_update():
            self.locale = Locale.get_default()
            self.target_groups = self._terms(TargetGroup, content.TARGET_GROUPS, "target groups")
            self.themes = self._terms(Theme, content.THEMES, "themes")
            home, home_is_new = self._home()
            self._site(home)
            centre_index = self._page(home, CentreIndexPage, content.CENTRE_INDEX)
            centres, method_indexes = {}, {}
            for data in content.CENTRES:
                centre = self._centre_page(centre_index, data)
                centres[data["slug"]] = centre
                method_indexes[data["slug"]] = self._page(
                    centre, MethodIndexPage, {**content.METHOD_INDEX, "published": data["published"]}
                )
            self._page(home, MethodLibraryPage, content.LIBRARY)
            self._page(home, MaterialLibraryPage, content.MATERIAL_LIBRARY)
            self._page(home, StandardPage, content.ABOUT)
            self._page(home, StandardPage, content.ACCESSIBILITY)
            methods = self._methods(centres, method_indexes)
            if home_is_new:
                self._publish_home(home, methods)
            for model, pk in self.new_objects:
                ReferenceIndex.create_or_update_for_object(model.objects.get(pk=pk))
        self.admin_login = ensure_admin_account(self.created, self.existing)
        return self

    # ------------------------------------------------------------------ taxonomy
    def _terms(self, model, terms, label):
        result = {}
        for name, description in terms:
            slug = norwegian_slugify(name, max_length=100)
            term = model.objects.filter(slug=slug, locale=self.locale).first()
            if term is None:
                term = model.objects.create(name=name, slug=slug, description=description, locale=self.locale)
                self.new_objects.append((model, term.pk))
                self.created[label] += 1
            else:
                self.existing[label] += 1
            result[name] = term
        return result

    # ------------------------------------------------------------------ pages
    def _publish(self, page, published):
        """Save a revision and publish it, dated as if it happened on the content's date."""
        moment = _moment(published)
        revision = page.save_revision(log_action=True)
        revision.publish()
        Revision.objects.filter(pk=revision.pk).update(created_at=moment)
        PageLogEntry.objects.filter(page=page).update(timestamp=moment)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
        )
        page.refresh_from_db()

    def _existing_child(self, parent, slug, model):
        child = parent.get_children().filter(slug=slug).specific().first()
        if child is not None and not isinstance(child, model):
            raise DemoError(
                f"The page '{child.url_path}' exists but is a {type(child).__name__}, not a "
                f"{model.__name__}. Move or rename it, then run load_demo again."
            )
        return child

    def _page(self, parent, model, data, fields=None):
        """Create and publish a child page unless one with the slug exists under the parent."""
        existing = self._existing_child(parent, data["slug"], model)
        if existing is not None:
            self.existing["pages"] += 1
            return existing
        if fields is None:
            fields = {key: value for key, value in data.items() if key not in ("slug", "title", "published")}
        page = model(title=data["title"], slug=data["slug"], locale=self.locale, live=False, **fields)
        parent.add_child(instance=page)
        self._publish(page, data["published"])
        self.new_objects.append((model, page.pk))
        self.created["pages"] += 1
        return page

    def _centre_page(self, centre_index, data):
        """A centre's page, presenting its entry in the centre registry (core.Centre) by the same slug."""
        identity = Centre.objects.get(slug=data["slug"])
        fields = {key: value for key, value in data.items() if key not in ("slug", "title", "published")}
        return self._page(centre_index, CentrePage, data, fields={**fields, "identity": identity})

    def _home(self):
        """The HomePage at the top of the tree, replacing Wagtail's untouched placeholder page."""
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).order_by("path").first()
        if home is not None:
            self.existing["pages"] += 1
            return home, False
        for page in root.get_children().filter(slug=content.HOME["slug"]):
            if page.specific_class is Page and page.numchild == 0:
                # Wagtail's initial migration creates this "Welcome" page; the default site points at it
                # and is deleted with it, then recreated below.
                page.delete()
            else:
                raise DemoError(
                    f"A page with the slug '{page.slug}' ('{page.title}') sits at the top of the tree and is "
                    "not Wagtail's empty placeholder. Rename or delete it, then run load_demo again."
                )
        home = HomePage(
            title=content.HOME["title"],
            slug=content.HOME["slug"],
            lead=content.HOME["lead"],
            intro=content.HOME["intro"],
            locale=self.locale,
            live=False,
        )
        root.add_child(instance=home)
        self.new_objects.append((HomePage, home.pk))
        self.created["pages"] += 1
        return home, True

    def _publish_home(self, home, methods):
        home = HomePage.objects.get(pk=home.pk)
        home.featured_methods = [
            HomePageFeaturedMethod(method=methods[slug], sort_order=order)
            for order, slug in enumerate(content.HOME["featured"])
        ]
        home.save()
        self._publish(home, content.HOME["published"])

    def _site(self, home):
        hostname = os.environ.get("DEMO_HOSTNAME", "localhost")
        site = (
            Site.objects.filter(is_default_site=True).first() or Site.objects.filter(root_page=home).first()
        )
        wanted = {
            "hostname": hostname,
            "port": 80,
            "root_page_id": home.pk,
            "site_name": content.SITE_NAME,
            "is_default_site": True,
        }
        if site is None:
            clash = Site.objects.filter(hostname=hostname, port=80).first()
            if clash is not None:
                raise DemoError(
                    f"A site for {hostname}:80 exists but is not the default site. Make it the default site "
                    "or set DEMO_HOSTNAME to another host name."
                )
            Site.objects.create(**wanted)
            self.created["sites"] += 1
            return
        changed = {key: value for key, value in wanted.items() if getattr(site, key) != value}
        if changed:
            for key, value in changed.items():
                setattr(site, key, value)
            site.save()
            self.created["site settings updated"] += 1

    # ------------------------------------------------------------------ methods and materials
    def _methods(self, centres, method_indexes):
        pages, new_pages = {}, []
        for data in METHODS:
            index = method_indexes[data["centre"]]
            page = self._existing_child(index, data["slug"], MethodPage)
            if page is not None:
                self.existing["methods and tools"] += 1
            else:
                page = self._new_method(index, data)
                new_pages.append((page, data))
                self.created["methods and tools"] += 1
            pages[data["slug"]] = page

        materials, late = self._materials(centres, {page.slug for page, _data in new_pages})
        # Relations need every method to exist; new pages get them before their one and only publish.
        for page, data in new_pages:
            page.related_methods = [
                MethodPageRelatedMethod(method=pages[slug], sort_order=order)
                for order, slug in enumerate(data["related"])
            ]
            page.materials = [
                MethodPageMaterial(document=document, sort_order=order)
                for order, document in enumerate(materials.get(data["slug"], []))
            ]
            # The revision carries the new relations; publishing it saves them with the page.
            self._publish(page, data["published"])
        for slug, documents in late.items():
            self._add_materials(pages[slug], documents)
        return pages

    def _add_materials(self, page, documents):
        """Link materials added to the demo after its pages were built (a newer demo on an older database):
        appended to the page's list in a new published revision, so the live page and its history agree."""
        page = MethodPage.objects.get(pk=page.pk)
        start = page.materials.count()
        for order, document in enumerate(documents, start=start):
            page.materials.add(MethodPageMaterial(document=document, sort_order=order))
        page.save_revision(log_action=True).publish()
        self.new_objects.append((MethodPage, page.pk))
        self.created["methods and tools given new materials"] += 1

    def _new_method(self, index, data):
        page = MethodPage(
            title=data["title"],
            slug=data["slug"],
            locale=self.locale,
            live=False,
            kind=data["kind"],
            summary=data["summary"],
            plain_summary=data["plain_summary"],
            aim=data["aim"],
            target_group_description=data["target_group_description"],
            lived_experience_origin=data["lived_experience_origin"],
            research_level=data["research_level"],
            research_assessed_by=data["research_assessed_by"],
            experience_level=data["experience_level"],
            practice_level=data["practice_level"],
            evidence=data["evidence"],
            references=[("reference", reference) for reference in data["references"]],
            how_to=data["how_to"],
            duration=data["duration"],
            group_size=data["group_size"],
            facilitators=data["facilitators"],
            prerequisites=data["prerequisites"],
            training=data["training"],
            last_substantive_update=datetime.date.fromisoformat(data["last_substantive_update"]),
        )
        page.target_groups = [self.target_groups[name] for name in data["target_groups"]]
        page.themes = [self.themes[name] for name in data["themes"]]
        page.usages = [
            MethodPageUsage(name=name, kind=kind, sort_order=order)
            for order, (name, kind) in enumerate(data["usages"])
        ]
        index.add_child(instance=page)
        self.new_objects.append((MethodPage, page.pk))
        return page

    def _materials(self, centres, new_method_slugs):
        """Materials by method slug for new methods, and new materials of methods that already exist; files
        are generated only for materials that do not exist yet."""
        by_method, late = {}, {}
        methods = {data["slug"]: data for data in METHODS}
        for spec in MATERIALS:
            centre = centres[methods[spec["method"]]["centre"]]
            # Internal materials go in the centre's restricted collection: logged-in users only.
            make_collection = internal_collection if spec["internal"] else centre_collection
            collection = make_collection(centre.identity)
            document = Material.objects.filter(collection=collection, title=spec["title"]).first()
            if document is None:
                document = self._new_material(spec, collection)
                self.created["materials"] += 1
                if spec["method"] not in new_method_slugs:
                    late.setdefault(spec["method"], []).append(document)
            else:
                self.existing["materials"] += 1
                self._restore_missing_file(spec, document)
            if spec["method"] in new_method_slugs:
                by_method.setdefault(spec["method"], []).append(document)
        return by_method, late

    def _restore_missing_file(self, spec, document):
        """Write a demo material's file again when storage lost it (media deleted, database kept).

        Only the demo's own bytes are restored: if an editor replaced the file, its hash differs and the
        material is left alone.
        """
        storage = document.file.storage
        if not document.file.name or storage.exists(document.file.name):
            return
        data = render(spec["document"], spec["format"])
        if hashlib.sha1(data).hexdigest() != document.file_hash:
            return
        saved_as = storage.save(document.file.name, ContentFile(data))
        if saved_as != document.file.name:
            Material.objects.filter(pk=document.pk).update(file=saved_as)
        self.created["material files restored"] += 1

    def _new_material(self, spec, collection):
        data = render(spec["document"], spec["format"])
        try:
            validate_material_file(BytesIO(data), size=len(data))
        except ValidationError as error:
            raise DemoError(
                f"The generated file for '{spec['title']}' was refused: {error.messages[0]}"
            ) from error
        document = Material(
            title=spec["title"],
            file=ContentFile(data, name=f"{spec['key']}.{spec['format']}"),
            collection=collection,
            description=spec["description"],
            audiences=spec["audiences"],
            licence=spec["licence"],
            language=spec["language"],
        )
        document._set_document_file_metadata()
        document.save()
        self.new_objects.append((Material, document.pk))
        published = next(data["published"] for data in METHODS if data["slug"] == spec["method"])
        # Dated like its method, so that "updated" on the material cards is not the day the demo was loaded.
        Material.objects.filter(pk=document.pk).update(
            created_at=_moment(published), updated_at=_moment(published)
        )
        return document

    def admin_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"


def ensure_admin_account(created, existing):
    """Create the demo admin account if missing. Returns (username, password), password None if unknown.

    The password comes from DEMO_ADMIN_PASSWORD or the documented default. A password the user has
    changed is never reset, unless DEMO_ADMIN_PASSWORD is given explicitly.
    """
    User = get_user_model()
    username = os.environ.get("DEMO_ADMIN_USERNAME") or DEFAULT_ADMIN_USERNAME
    explicit_password = os.environ.get("DEMO_ADMIN_PASSWORD")
    password = explicit_password or DEFAULT_ADMIN_PASSWORD
    email = os.environ.get("DEMO_ADMIN_EMAIL", "")
    user = User.objects.filter(**{User.USERNAME_FIELD: username}).first()
    if user is None:
        User.objects.create_superuser(username, email=email, password=password)
        created["users"] += 1
        return username, password
    existing["users"] += 1
    if explicit_password:
        # Touch the account only when the given password actually differs, so reruns change nothing.
        if not user.check_password(explicit_password):
            user.set_password(explicit_password)
            user.save(update_fields=["password"])
            created["passwords reset"] += 1
        return username, explicit_password
    return username, password if user.check_password(password) else None
