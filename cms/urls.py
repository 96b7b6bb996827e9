from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.signin.password_reset import ThrottledPasswordResetView
from home.sitemaps import MultilingualSitemap
from materials.serving import serve_document
from reviews.admin_views import ReviewerPrivacySiteHistoryView
from reviews.editing_sessions import ping_with_reviewer_privacy
from search import views as search_views

# The 500 page's inline styles carry the response's CSP nonce (core/errors.py).
handler500 = "core.errors.server_error"

urlpatterns = [
    # Reports → Site history, with reviewers named only to those who may know them (reviews.privacy); the
    # same URLs and names as Wagtail's, matched first.
    path(
        "admin/reports/site-history/",
        require_admin_access(ReviewerPrivacySiteHistoryView.as_view()),
        name="reviews_site_history",
    ),
    path(
        "admin/reports/site-history/results/",
        require_admin_access(ReviewerPrivacySiteHistoryView.as_view(results_only=True)),
        name="reviews_site_history_results",
    ),
    # Who else is in the editor, with the same rule.
    path(
        "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/<int:session_id>/",
        require_admin_access(ping_with_reviewer_privacy),
        name="reviews_editing_sessions_ping",
    ),
    # Wagtail's password reset, throttled and with its email sent in the background (core.signin); the
    # same URL as Wagtail's, matched first.
    path("admin/password_reset/", ThrottledPasswordResetView.as_view(), name="signin_password_reset"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's serve view without its guessed Content-Encoding header (materials.serving); same URL and name.
    re_path(r"^documents/(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("materials/", include("materials.urls")),
    # Every language's pages with hreflang alternates (Wagtail's default lists only the bokmål tree).
    path("sitemap.xml", sitemap, {"sitemaps": {"wagtail": MultilingualSitemap}}),
]

# Public pages: bokmål at the root, other languages under their prefix (/nn/, /en/, /se/).
urlpatterns += i18n_patterns(
    path("sok/", search_views.search, name="search"),
    path("sok/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
