"""The regional user-controlled centres (regionale brukerstyrte sentre) that own methods and tools."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.forms import RevisionCheckedPageForm
from core.i18n import in_language_or_default


class HealthRegion(models.TextChoices):
    SOR_OST = "sor-ost", "Helse Sør-Øst"
    VEST = "vest", "Helse Vest"
    MIDT = "midt", "Helse Midt-Norge"
    NORD = "nord", "Helse Nord"


class CentreIndexPage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    # Translation: title, slug and introduction are translated (wagtail-localize's defaults for text).
    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["home.HomePage"]
    subpage_types = ["methods.CentrePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("centre index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["centres"] = CentrePage.objects.child_of(self).live().public().order_by("title")
        return context


class CentrePage(Page):
    """A centre's page in one language. Who the centre is (its slug in the import format, its collection, its
    editors' group) is the registry entry it points at (core.Centre), the same for every translation."""

    identity = models.ForeignKey(
        "core.Centre",
        verbose_name=_("centre in the registry"),
        on_delete=models.PROTECT,
        related_name="pages",
        help_text=_(
            "Which of the network's centres this page presents. Renaming the page changes nothing else."
        ),
    )
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        help_text=_("The centre's full name, e.g. 'Bikuben regionalt brukerstyrt senter'."),
    )
    health_region = models.CharField(_("health region"), max_length=20, choices=HealthRegion.choices)
    town = models.CharField(_("town"), max_length=100, blank=True)
    county = models.CharField(_("county"), max_length=100, blank=True)
    address = models.TextField(_("visiting address"), blank=True, help_text=_("Leave empty if unknown."))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    founded_year = models.PositiveSmallIntegerField(_("year founded"), null=True, blank=True)
    intro = RichTextField(
        _("introduction"),
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the centre is and does, in a few sentences."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("identity"),
        FieldPanel("full_name"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("health_region"),
                FieldPanel("town"),
                FieldPanel("county"),
                FieldPanel("address"),
                FieldPanel("founded_year"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website")], heading=_("Contact")
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("full_name", boost=2),
        index.SearchField("intro"),
        index.SearchField("town"),
        index.FilterField("health_region"),
    ]
    # Translation: the name, place names (Tromsø is Romsa in Northern Sami) and introduction are translated;
    # region, address and contact details are synchronised from the bokmål page.
    override_translatable_fields = [
        # Every translation presents the same centre; the slug (its web address) stays the same too.
        SynchronizedField("identity", overridable=False),
        SynchronizedField("slug", overridable=False),
        TranslatableField("full_name"),
        SynchronizedField("health_region", overridable=False),
        TranslatableField("town"),
        TranslatableField("county"),
        SynchronizedField("address"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("founded_year", overridable=False),
        TranslatableField("intro"),
    ]

    base_form_class = RevisionCheckedPageForm
    parent_page_types = ["methods.CentreIndexPage"]
    subpage_types = ["methods.MethodIndexPage"]

    class Meta:
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    @classmethod
    def containing(cls, page):
        """The centre page at or above `page`, with its registry entry, or None outside the centres."""
        return cls.objects.ancestor_of(page, inclusive=True).select_related("identity").first()

    def clean(self):
        super().clean()
        others = CentrePage.objects.filter(identity_id=self.identity_id, locale_id=self.locale_id)
        if self.identity_id and others.exclude(pk=self.pk).exists():
            raise ValidationError({"identity": _("This centre already has a page in this language.")})

    @property
    def method_index(self):
        from .methods import MethodIndexPage

        return MethodIndexPage.objects.child_of(self).first()

    def get_methods(self):
        """The centre's live methods in this page's language, in bokmål where not translated."""

        from .methods import MethodPage

        methods = MethodPage.objects.live().public().filter(centre__translation_key=self.translation_key)
        return in_language_or_default(methods, self.locale).select_related("centre").order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["methods"] = self.get_methods()
        return context
