from django.urls import path

from . import views

app_name = "materials"

urlpatterns = [
    path("method/<int:page_id>/download-all/", views.method_zip, name="method_zip"),
]
