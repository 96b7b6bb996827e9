"""Method and tool pages: the structured description of a way of working or a concrete aid."""

from django import forms
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Case, CharField, Exists, OuterRef, Value, When
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.collections import restricted_collection_ids
from core.forms import PageLocaleSnippetsForm, RevisionCheckedPageForm
from core.i18n import localize_translatable_relations

from .. import publishing
from ..blocks import RICH_TEXT_FEATURES, HowToBlock, ReferenceBlock
from ..publishing import ReviewedPagePermissionTester, ReviewedSubpagesPermissionTester
from .centres import CentrePage
from .taxonomy import TargetGroup, Theme


class MethodKind(models.TextChoices):
    METHOD = "method", _("Method")
    TOOL = "tool", _("Tool")


# The knowledge profile: three sources of knowledge-based practice, shown side by side and never summed.
# Values are the import format's; each level has a label and a plain-language explanation.
class ResearchLevel(models.TextChoices):
    NOT_ASSESSED = "not-assessed", _("Not assessed")
    INEFFECTIVE = "ineffective", _("Ineffective")
    WELL_DESCRIBED = "well-described", _("Well described")
    THEORY_BASED = "theory-based", _("Theoretically grounded")
    SOME_EVIDENCE = "some-evidence", _("Some evidence of effect")
    GOOD_EVIDENCE = "good-evidence", _("Good evidence of effect")
    STRONG_EVIDENCE = "strong-evidence", _("Strong evidence of effect")


class ExperienceLevel(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual experience")
    COLLECTED = "collected", _("Collected experience")
    USER_EVALUATED = "user-evaluated", _("Tried and evaluated by users")
    ESTABLISHED = "established", _("Established across regions")


class PracticeLevel(models.TextChoices):
    TRIED_ONCE = "tried-once", _("Tried in one service")
    IN_USE = "in-use", _("In use in several services")
    READY_TO_SPREAD = "ready-to-spread", _("Ready to spread")


LEVEL_EXPLANATIONS = {
    "research": {
        "not-assessed": _("The research on this method has not been assessed."),
        "ineffective": _("Studies show no effect, or that it can do harm."),
        "well-described": _(
            "Aim, target group, way of working and materials are described well enough to be assessed."
        ),
        "theory-based": _(
            "There is a theoretical reason to expect that it works, but its effect has not been studied."
        ),
        "some-evidence": _("At least one study suggests that it has the intended effect."),
        "good-evidence": _("Good studies show that it has the intended effect."),
        "strong-evidence": _(
            "Several strong studies, such as randomised trials, show that it has the intended effect."
        ),
    },
    "experience": {
        "individual": _(
            "Built on the lived experience of one or a few people, described with their consent."
        ),
        "collected": _(
            "Experience gathered systematically from several users or relatives and written down."
        ),
        "user-evaluated": _("Used and evaluated by the people who took part."),
        "established": _("Used and evaluated by users in two or more regions, with similar results."),
    },
    "practice": {
        "tried-once": _("Tried in one service."),
        "in-use": _("In use in several municipalities or health trusts."),
        "ready-to-spread": _("Training and materials are available so that others can start using it."),
    },
}


class MethodIndexPage(Page):
    """'Metoder og verktøy' under a centre: the subtree that the centre's editors work in."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Translation: title, slug and introduction are translated (wagtail-localize's defaults for text).
    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["methods.CentrePage"]
    subpage_types = ["methods.MethodPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("methods and tools index")

    def permissions_for_user(self, user):
        # Method pages are published through the review workflow (methods.publishing).
        return ReviewedSubpagesPermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["methods"] = MethodPage.objects.child_of(self).live().public().order_by("title")
        return context


class MethodPage(Page):
    kind = models.CharField(
        _("kind"),
        max_length=10,
        choices=MethodKind.choices,
        default=MethodKind.METHOD,
        help_text=_(
            "A method is a way of working (a group format, a course, a conversation model). "
            "A tool is a concrete aid (a workbook, a crisis plan template, a card set)."
        ),
    )
    summary = models.TextField(
        _("summary"),
        validators=[MaxLengthValidator(400)],
        help_text=_("One or two sentences (at most 400 characters) shown in lists and search results."),
    )
    plain_summary = models.TextField(
        _("in brief (plain language)"),
        blank=True,
        validators=[MaxLengthValidator(600)],
        help_text=_(
            "The summary in plain language for users and relatives: short sentences, everyday words."
        ),
    )
    aim = RichTextField(
        _("aim"),
        features=RICH_TEXT_FEATURES,
        help_text=_("What the method or tool is for and what it should lead to."),
    )
    target_groups = ParentalManyToManyField(
        "methods.TargetGroup",
        verbose_name=_("target groups"),
        related_name="methods",
        blank=True,
        help_text=_("Who the method or tool is for. Choose all that fit."),
    )
    target_group_description = models.TextField(
        _("about the target group"),
        blank=True,
        help_text=_("Describe the target group in your own words if needed."),
    )
    lived_experience_origin = RichTextField(
        _("lived-experience origin"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "How the lived experience of users and relatives shaped the method: who developed it, "
            "and how it was developed together with them. Required before publishing."
        ),
    )

    research_level = models.CharField(
        _("research-based knowledge"),
        max_length=20,
        choices=ResearchLevel.choices,
        help_text=_("The level of research documentation, after the Ungsinn levels."),
    )
    research_assessed_by = models.CharField(
        _("research assessed by"),
        max_length=200,
        blank=True,
        help_text=_(
            "Who assessed the research: a systematic review, a guideline, Ungsinn or the centre itself."
        ),
    )
    experience_level = models.CharField(
        _("experience-based knowledge"),
        max_length=20,
        choices=ExperienceLevel.choices,
        help_text=_("How much the experience of users and relatives has been gathered and tested."),
    )
    practice_level = models.CharField(
        _("practice knowledge"),
        max_length=20,
        choices=PracticeLevel.choices,
        blank=True,
        help_text=_("How far the method has been tried and spread in services."),
    )

    evidence = RichTextField(
        _("knowledge base"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("An account of the research, the experience-based knowledge and the practice knowledge."),
    )
    references = StreamField([("reference", ReferenceBlock())], blank=True, verbose_name=_("references"))
    how_to = StreamField(
        HowToBlock(),
        blank=True,
        verbose_name=_("how to carry it out"),
        help_text=_("Steps, roles and practical advice."),
    )

    duration = models.CharField(
        _("duration"), max_length=200, blank=True, help_text=_("e.g. 8 meetings of 2 hours")
    )
    group_size = models.CharField(
        _("group size"), max_length=100, blank=True, help_text=_("e.g. 6–10 participants")
    )
    facilitators = models.CharField(
        _("who facilitates"),
        max_length=300,
        blank=True,
        help_text=_("Who leads it, e.g. a peer worker together with an employee."),
    )
    prerequisites = RichTextField(
        _("prerequisites and resources"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What it takes: time, rooms, cost, who must take part."),
    )
    training = RichTextField(
        _("training"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("Training needed to run it, and where to get it."),
    )

    themes = ParentalManyToManyField(
        "methods.Theme", verbose_name=_("themes"), related_name="methods", blank=True
    )

    contact = models.CharField(
        _("contact"),
        max_length=200,
        blank=True,
        help_text=_(
            "A role or the centre, e.g. 'Course coordinator at Bikuben'. Leave empty to refer to the centre."
        ),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    last_substantive_update = models.DateField(
        _("last substantive update"),
        null=True,
        blank=True,
        help_text=_("When the content was last revised in substance (not for typo fixes)."),
    )

    # Derived from the tree on save, so that lists and search can filter by centre without tree queries.
    centre = models.ForeignKey(
        CentrePage, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("plain_summary"),
        FieldPanel("aim"),
        MultiFieldPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_group_description"),
            ],
            heading=_("Target groups"),
        ),
        FieldPanel("lived_experience_origin"),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "The three sources of knowledge are shown side by side and never added up to one "
                        "score. The profile describes the method; it is not a recommendation."
                    )
                ),
                FieldRowPanel([FieldPanel("research_level"), FieldPanel("research_assessed_by")]),
                FieldPanel("experience_level"),
                FieldPanel("practice_level"),
            ],
            heading=_("Knowledge profile"),
        ),
        FieldPanel("evidence"),
        FieldPanel("references"),
        FieldPanel("how_to"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("duration"), FieldPanel("group_size")]),
                FieldPanel("facilitators"),
                FieldPanel("prerequisites"),
                FieldPanel("training"),
                InlinePanel("usages", label=_("In use here")),
            ],
            heading=_("Practical facts"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        InlinePanel("related_methods", label=_("Related methods and tools")),
        InlinePanel("materials", label=_("Downloadable materials")),
        MultiFieldPanel(
            [FieldPanel("contact"), FieldPanel("contact_email"), FieldPanel("last_substantive_update")],
            heading=_("Contact and dates"),
        ),
    ]

    # Saves are indexed by search.indexing (modelsearch's task, or one per object during an import).
    search_auto_update = False
    # Weights: title (Page, boost 2) above summaries and taxonomy names (1.5) above the rest (no boost).
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("plain_summary", boost=1.5),
        index.SearchField("aim"),
        index.SearchField("target_group_description"),
        index.SearchField("lived_experience_origin"),
        index.SearchField("evidence"),
        index.SearchField("how_to"),
        index.SearchField("search_materials_text"),
        index.RelatedFields("target_groups", [index.SearchField("name", boost=1.5)]),
        index.RelatedFields("themes", [index.SearchField("name", boost=1.5)]),
        index.FilterField("kind"),
        index.FilterField("centre"),
        index.FilterField("research_level"),
        index.FilterField("experience_level"),
        index.FilterField("practice_level"),
    ]

    # Translation (wagtail-localize): texts are translated; facts about the method are synchronised from the
    # bokmål source, so they are the same in every language and change only there. Title, SEO title and
    # search description are translated (Page's defaults).
    override_translatable_fields = [
        # One id in every language: the slug is the import/export format's `id`, and a record with the same
        # id in another language is a translation of the same method.
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind"),
        TranslatableField("summary"),
        TranslatableField("plain_summary"),
        TranslatableField("aim"),
        # Many-to-many fields are not translated by wagtail-localize: the source's snippets are copied and
        # save() points them at the snippets' translations in this page's locale.
        SynchronizedField("target_groups"),
        SynchronizedField("themes"),
        TranslatableField("target_group_description"),
        TranslatableField("lived_experience_origin"),
        # The knowledge profile is an assessment of the method, not a text: never changed by translators.
        SynchronizedField("research_level", overridable=False),
        SynchronizedField("experience_level", overridable=False),
        SynchronizedField("practice_level", overridable=False),
        TranslatableField("research_assessed_by"),
        TranslatableField("evidence"),
        # Citations, DOIs and web addresses stay as published.
        SynchronizedField("references", overridable=False),
        TranslatableField("how_to"),
        TranslatableField("duration"),
        TranslatableField("group_size"),
        TranslatableField("facilitators"),
        TranslatableField("prerequisites"),
        TranslatableField("training"),
        TranslatableField("contact"),
        SynchronizedField("contact_email"),
        SynchronizedField("last_substantive_update", overridable=False),
        # Places in use (proper names), related methods (shown as their translation where one exists) and
        # materials (the same files in every language; each file records its own language).
        SynchronizedField("usages"),
        SynchronizedField("related_methods"),
        SynchronizedField("materials"),
    ]

    # The search interface: what the search app (a higher layer) reads of a method, so that it needs no
    # field name or table of this model. A facet key is the facet's GET parameter (search.facets.FACETS).
    #
    # Many-to-many facets: {facet key: a many-to-many field to a term model with a unique `slug`}; a
    # facet row holds the page's term slugs.
    search_facet_terms = {"target": "target_groups", "theme": "themes"}
    # The texts a search result's match is shown from, in the order a practitioner looks for it:
    # (field or method returning text, label, whether the snippet may come from it). The title is marked
    # on its own; when nothing matched, the snippet is the start of the first snippet field.
    search_highlight_fields = (
        ("title", _("title"), False),
        ("summary", _("summary"), True),
        ("plain_summary", _("in brief"), True),
        ("target_groups", _("target groups"), False),
        ("themes", _("themes"), False),
        ("aim", _("aim"), True),
        ("target_group_description", _("about the target group"), True),
        ("lived_experience_origin", _("lived-experience origin"), True),
        ("evidence", _("knowledge base"), True),
        ("how_to", _("how to carry it out"), True),
        ("highlight_materials_text", _("materials"), True),
    )

    # Other models whose text is part of a method's index text: {model label: the lookup from a method to
    # them}. search.signals reindexes the methods that link one of them when it changes.
    search_index_sources = {
        "methods.TargetGroup": "target_groups",
        "methods.Theme": "themes",
        "materials.Material": "materials__document",
    }

    @classmethod
    def pks_indexing(cls, label, objects):
        """The ids of the methods whose index text holds text of `objects` (instances, ids or a query of
        the model `label` in search_index_sources)."""
        lookup = cls.search_index_sources[label]
        return cls.objects.filter(**{f"{lookup}__in": objects}).values_list("pk", flat=True).distinct()

    @classmethod
    def search_facet_values(cls):
        """{facet key: a lookup or an expression of the page's single value}, read in the same query as
        the page (a value None is no value). Materials: "1" when the page has any, decided in SQL."""
        return {
            "centre": "centre__slug",
            "region": "centre__health_region",
            "kind": "kind",
            "research": "research_level",
            "experience": "experience_level",
            "materials": Case(
                When(Exists(MethodPageMaterial.objects.filter(page_id=OuterRef("pk"))), then=Value("1")),
                default=Value(None),
                output_field=CharField(),
            ),
        }

    @classmethod
    def search_facet_sources(cls):
        """The models besides pages whose saves, deletions or many-to-many changes change facet values
        or the spelling vocabulary (search.facet_cache forgets its rows on them)."""
        relations = [cls._meta.get_field(name) for name in cls.search_facet_terms.values()]
        return (
            *(field.related_model for field in relations),
            *(field.remote_field.through for field in relations),
            MethodPageMaterial,
        )

    @classmethod
    def search_results(cls, queryset):
        """`queryset` with what a search result shows and highlights loaded in a few queries."""
        return queryset.select_related("centre", "locale").prefetch_related(
            "target_groups",
            "themes",
            models.Prefetch("materials", queryset=MethodPageMaterial.objects.select_related("document")),
        )

    @classmethod
    def search_vocabulary_texts(cls):
        """The texts whose words spelling suggestions may offer: live titles and term names."""
        texts = list(cls.objects.live().values_list("title", flat=True))
        texts += list(TargetGroup.objects.values_list("name", flat=True))
        texts += list(Theme.objects.values_list("name", flat=True))
        return texts

    def highlight_materials_text(self):
        """Every linked material's title and description, for showing why a search result matched."""
        return " ".join(
            f"{item.document.title}. {item.document.description}" for item in self.materials.all()
        )

    parent_page_types = ["methods.MethodIndexPage"]
    subpage_types = []
    # Target group and theme choices in the page's own language only.
    base_form_class = PageLocaleSnippetsForm

    class Meta:
        verbose_name = _("method or tool")
        verbose_name_plural = _("methods and tools")
        permissions = [("import_methods", _("Can import and export methods and tools"))]

    def permissions_for_user(self, user):
        # Published through the lived-experience review workflow, not directly (methods.publishing).
        return ReviewedPagePermissionTester(user, self)

    def publish(self, revision, *args, **kwargs):
        # Every way of publishing a revision comes here; the rule is in methods.publishing.
        authority = publishing.check_publication(self, revision)
        if authority is not None:
            # The authority was checked when it was opened (the approval task's group, or an administrator);
            # Wagtail's own check would refuse everyone, since nobody publishes method pages directly.
            kwargs["skip_permission_checks"] = True
        result = super().publish(revision, *args, **kwargs)
        publishing.record_unreviewed(self, authority, revision)
        if authority is not None and authority.kind == "review":
            publishing.published_after_review.send(sender=type(self), page=self, revision=revision)
        return result

    def save(self, *args, **kwargs):
        self.centre = self.find_centre()
        localize_translatable_relations(self)
        authority = None
        if self._state.adding and self.live:
            authority = publishing.creating_live(self)
            if authority is None:
                # A copy with "publish copies", a fixture or code: a new method page starts as a draft.
                self._make_draft()
        elif (
            not self.live and self.live_revision_id and "live_revision" in (kwargs.get("update_fields") or ())
        ):
            # CopyPageAction's second save, after the copy above was made a draft.
            self._make_draft()
        super().save(*args, **kwargs)
        if isinstance(authority, publishing.Authority):
            publishing.record_unreviewed(self, authority)

    def _make_draft(self):
        self.live = False
        self.has_unpublished_changes = True
        self.live_revision = None
        self.first_published_at = self.last_published_at = None

    def find_centre(self):
        parent = self.get_parent() if self.pk or self.path else None
        if parent is None:
            return None
        return CentrePage.objects.ancestor_of(parent, inclusive=True).first()

    @property
    def knowledge_profile(self):
        """The three dimensions with their labels and plain explanations, for templates."""
        rows = [
            (
                "research",
                _("Research-based knowledge"),
                self.research_level,
                self.get_research_level_display(),
            ),
            (
                "experience",
                _("Experience-based knowledge"),
                self.experience_level,
                self.get_experience_level_display(),
            ),
            ("practice", _("Practice knowledge"), self.practice_level, self.get_practice_level_display()),
        ]
        choices = {"research": ResearchLevel, "experience": ExperienceLevel, "practice": PracticeLevel}
        profile = []
        for key, heading, value, label in rows:
            values = list(choices[key].values)
            profile.append(
                {
                    "key": key,
                    "heading": heading,
                    "value": value,
                    "label": label if value else _("Not described"),
                    "explanation": LEVEL_EXPLANATIONS[key].get(value, ""),
                    "step": values.index(value) + 1 if value in values else 0,
                    "steps": len(values),
                }
            )
        return profile

    def search_materials_text(self):
        """Titles and descriptions of the public downloadable materials, for the search index.

        Internal materials (in a collection with a view restriction) are left out, so that a public search
        never finds a method by words only an internal file's description holds.
        """
        # .all() so that a prefetch_related("materials__document") by the indexer is used.
        documents = [item.document for item in self.materials.all() if item.document_id]
        if not documents:
            return ""  # most methods: no query for the collections' restrictions
        restricted = restricted_collection_ids()
        return " ".join(
            f"{document.title} {document.description}"
            for document in documents
            if document.collection_id not in restricted
        )


class MethodPageUsage(Orderable):
    """'I bruk her': a municipality, health trust or centre where the method is used."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        HEALTH_TRUST = "health-trust", _("Health trust")
        CENTRE = "centre", _("Centre")
        ORGANISATION = "organisation", _("Organisation")
        OTHER = "other", _("Other")

    page = ParentalKey(MethodPage, related_name="usages", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("kind")])]


class MethodPageRelatedMethod(Orderable):
    page = ParentalKey(MethodPage, related_name="related_methods", on_delete=models.CASCADE)
    method = models.ForeignKey(
        MethodPage, verbose_name=_("method or tool"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("method")]


class MethodPageMaterial(Orderable):
    page = ParentalKey(MethodPage, related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "materials.Material",
        verbose_name=_("material"),
        on_delete=models.CASCADE,
        related_name="method_links",
    )

    panels = [FieldPanel("document")]
