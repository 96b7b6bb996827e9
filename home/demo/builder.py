"""Builds the demo site idempotently: the site structure here, the methods and materials by the importer.

The methods and tools with their material files are data in the import format (home/demo/data/), loaded
through the importer (`importing.importer.execute_plan`) like any centre's file, so a second run finds
them unchanged. What the format cannot say is done here: the site structure (home, centres, content pages,
taxonomy descriptions), the nynorsk parents that nynorsk records need, publication dates, related methods,
the internal material's collection and the home page's featured methods.

Method pages go live only through the lived-experience review: the importer saves them as drafts, the
related methods are added, and then each page whose record says "published" is reviewed and approved
through the real workflow by demo people (home/demo/reviews.py), except the few in `extras.UNREVIEWED`,
published without review with the logged reason "Demo content" to show "not yet reviewed".

Every object is matched by a stable key (page slug under its parent, snippet slug, import key, username)
and left alone when it exists. Pages go through Wagtail's revision and publish actions; publication dates
are set from `extras.PUBLISHED` so that "newest first" lists show a plausible history.
"""

import datetime
import json
import os
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Revision, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.collections import internal_collection
from core.models import Centre
from core.text import norwegian_slugify
from home.demo_translations import refresh_translation, translate_objects, translated_text
from home.models import HomePage, HomePageFeaturedMethod, StandardPage
from importing.importer import execute_plan
from importing.schema import parse_json
from importing.validate import CREATE, UNCHANGED, plan_import
from materials.models import Material, MaterialLibraryPage
from methods.models import (
    CentreIndexPage,
    CentrePage,
    MethodIndexPage,
    MethodPage,
    MethodPageRelatedMethod,
    TargetGroup,
    Theme,
)
from reviews.models import ReviewRecord
from search.models import MethodLibraryPage

from . import content, extras
from .reviews import DemoReviews

DATA = Path(__file__).resolve().parent / "data" / "methods.json"
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
        with transaction.atomic():
            # Wagtail would rebuild an object's references on each of its several saves; do it once below.
            with disable_reference_index_auto_update():
                self.locale = Locale.get_default()
                self.target_groups = self._terms(TargetGroup, content.TARGET_GROUPS, "target groups")
                self.themes = self._terms(Theme, content.THEMES, "themes")
                home, home_is_new = self._home()
                self._site(home)
                centre_index = self._page(home, CentreIndexPage, content.CENTRE_INDEX)
                centres = {data["slug"]: self._centre_page(centre_index, data) for data in content.CENTRES}
                for data in content.CENTRES:
                    self._page(
                        centres[data["slug"]],
                        MethodIndexPage,
                        {**content.METHOD_INDEX, "published": data["published"]},
                    )
                self._page(home, MethodLibraryPage, content.LIBRARY)
                self._page(home, MaterialLibraryPage, content.MATERIAL_LIBRARY)
                self._page(home, StandardPage, content.ABOUT)
                self._page(home, StandardPage, content.ACCESSIBILITY)
                for model, pk in self.new_objects:
                    ReferenceIndex.create_or_update_for_object(model.objects.get(pk=pk))
            records = json.loads(DATA.read_text(encoding="utf-8"))["methods"]
            self._parents_in_other_languages(records, home, centre_index, centres)
            result = self._import()
            methods = self._after_import(result, {record["id"]: record for record in records})
            if home_is_new:
                self._publish_home(home, methods)
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
        page.save_revision(log_action=True).publish()
        _date_page(page, published)

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
        # Its translations were made before it was published (their trees had to exist for the import):
        # bring them the featured methods and the publication date, as translating it now would.
        for translation in home.get_translations():
            refresh_translation(home, translation.locale)

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
    def _parents_in_other_languages(self, records, home, centre_index, centres):
        """A record in another language needs its centre's page in that language (the importer says so):
        translate the path down to those centres, and the taxonomy terms the records name, the way
        load_demo_translations translates (wagtail-localize, demo texts). Nothing is written twice."""
        for code in sorted({r["language"] for r in records} - {self.locale.language_code}):
            wanted = [r for r in records if r["language"] == code]
            objects = [home, centre_index]
            for slug in dict.fromkeys(r["centre"] for r in wanted):
                objects += [centres[slug], MethodIndexPage.objects.child_of(centres[slug]).get()]
            objects += _terms_named(wanted, "target_groups", self.target_groups, code)
            objects += _terms_named(wanted, "themes", self.themes, code)
            written = translate_objects(objects, Locale.objects.get(language_code=code))
            if written:
                self.created[f"pages translated into {code}"] += written

    def _import(self):
        """Import the methods as drafts: they go live after the related methods are added (`_go_live`)."""
        data = parse_json(DATA)
        data["methods"] = [dict(record, published=False) for record in data["methods"]]
        return execute_plan(plan_import(data, DATA.parent))

    def _go_live(self, page, record):
        if record["published"] and not (page.live and not page.has_unpublished_changes):
            if page.slug in extras.UNREVIEWED:
                self.reviews.publish_unreviewed(page)
                self.created["methods and tools published without review"] += 1
            else:
                self.reviews.review_and_publish(page)
                self.created["methods and tools reviewed and published"] += 1
            page.refresh_from_db()

    def _after_import(self, result, records):
        counts = result.counts
        for label, key in (
            ("methods and tools", "created"),
            ("methods and tools updated", "updated"),
            ("materials", "documents_created"),
            ("materials updated", "documents_updated"),
        ):
            if counts[key]:
                self.created[label] += counts[key]
        if counts["unchanged"]:
            self.existing["methods and tools"] += counts["unchanged"]
        if counts["documents_unchanged"]:
            self.existing["materials"] += counts["documents_unchanged"]

        methods = {
            plan.id: MethodPage.objects.get(slug=plan.id, locale=plan.locale) for plan in result.plan.records
        }
        if any(plan.action != UNCHANGED for plan in result.plan.records):
            self.reviews = DemoReviews(self.created)
        for plan in result.plan.records:
            page = methods[plan.id]
            if plan.action == CREATE:
                # Relations need every method to exist: added in a second revision, dated like the first.
                page.related_methods = [
                    MethodPageRelatedMethod(method=methods[slug], sort_order=order)
                    for order, slug in enumerate(extras.RELATED[plan.id])
                ]
                page.save_revision(log_action=True)
            if plan.action != UNCHANGED:
                self._go_live(page, records[plan.id])
            if plan.action == CREATE:
                _date_page(page, extras.PUBLISHED[plan.id])
            new_keys = [m.key for m in plan.materials if m.action == CREATE]
            moment = _moment(extras.PUBLISHED[plan.id])
            # Dated like its method, so that "updated" on the material cards is not the day the demo was loaded.
            Material.objects.filter(import_key__in=new_keys).update(created_at=moment, updated_at=moment)
            self._move_internal_materials(plan, page)
        return methods

    def _move_internal_materials(self, plan, page):
        """Internal materials go in the centre's restricted collection: logged-in users only."""
        keys = [f"{plan.wanted['language']}/{plan.id}/{path}" for path in extras.INTERNAL.get(plan.id, [])]
        if keys:
            collection = internal_collection(page.centre.identity)
            Material.objects.filter(import_key__in=keys).exclude(collection=collection).update(
                collection=collection
            )

    def admin_url(self):
        return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"


def _date_page(page, published):
    """Date a page's revisions, log entries and publication as if they happened on the content's date."""
    moment = _moment(published)
    Revision.objects.filter(pk__in=page.revisions.values("pk")).update(created_at=moment)
    PageLogEntry.objects.filter(page=page).update(timestamp=moment)
    ReviewRecord.objects.filter(page_id=page.pk).update(created_at=moment)
    Page.objects.filter(pk=page.pk).update(
        first_published_at=moment, last_published_at=moment, latest_revision_created_at=moment
    )
    page.refresh_from_db()


def _terms_named(records, field, terms, code):
    """The bokmål terms whose demo translation into `code` the records name in `field` (e.g. "Pårørande"):
    translated before the import so that the records find them rather than create look-alikes."""
    names = {name for record in records for name in record[field]}
    return [term for name, term in terms.items() if translated_text(name, code) in names]


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
