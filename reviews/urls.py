from django.urls import path

from . import views

app_name = "reviews"
urlpatterns = [
    path("waiting/", views.WaitingForReviewView.as_view(), name="waiting"),
    path("waiting/results/", views.WaitingForReviewView.as_view(results_only=True), name="waiting_results"),
    path("due/", views.ReviewsDueView.as_view(), name="due"),
    path("due/results/", views.ReviewsDueView.as_view(results_only=True), name="due_results"),
    path("history/<int:page_id>/", views.ReviewHistoryView.as_view(), name="history"),
    path(
        "history/<int:page_id>/results/",
        views.ReviewHistoryView.as_view(results_only=True),
        name="history_results",
    ),
]
