"""Download counts: once per download, per material and method, with no personal data; the admin reports."""

import pytest
from django.db import models
from django.urls import reverse
from wagtail.models import Site

from materials.counting import current_month, record_download
from materials.models import DownloadChannel, DownloadCount, MaterialsSettings, ZipDownloadCount
from tests.materials.conftest import in_bokmal, render_section

pytestmark = pytest.mark.django_db


def counts():
    return {(row.material_id, row.method_id, row.channel): row.count for row in DownloadCount.objects.all()}


def fetch(client, url, **headers):
    response = client.get(url, **headers)
    if hasattr(response, "streaming_content"):
        b"".join(response.streaming_content)
    return response


def test_each_download_counts_once_for_its_material_and_method(client, network):
    url = f"{network.course.url}?method={network.group.pk}"
    for _ in range(3):
        assert fetch(client, url).status_code == 200
    assert counts() == {(network.course.pk, network.group.pk, "file"): 3}
    assert DownloadCount.objects.get().month == current_month()


def test_method_is_inferred_when_the_material_belongs_to_one_method(client, network):
    fetch(client, network.cards.url)
    assert counts() == {(network.cards.pk, network.plan.pk, "file"): 1}


def test_a_false_method_parameter_is_not_trusted(client, network):
    fetch(client, f"{network.cards.url}?method={network.group.pk}")
    assert counts() == {(network.cards.pk, network.plan.pk, "file"): 1}


def test_revalidation_and_head_requests_are_not_counted(client, network):
    first = fetch(client, network.course.url)
    fetch(client, network.course.url, HTTP_IF_NONE_MATCH=first["ETag"])
    client.head(network.course.url)
    assert sum(counts().values()) == 1


def test_refused_access_is_not_counted(client, network):
    assert fetch(client, network.internal.url).status_code == 302
    assert counts() == {}


def test_zip_download_counts_the_zip_and_each_file_in_it(client, network):
    url = reverse("materials:method_zip", args=[network.group.pk])
    fetch(client, url)
    fetch(client, url)
    assert counts() == {
        (network.course.pk, network.group.pk, "zip"): 2,
        (network.slides.pk, network.group.pk, "zip"): 2,
    }
    assert ZipDownloadCount.objects.get(method=network.group).count == 2


def test_counters_store_no_personal_data(client, network, django_user_model):
    client.force_login(django_user_model.objects.create_user("member", password="x"))
    fetch(client, network.course.url, HTTP_USER_AGENT="Mozilla/5.0 Teacher", REMOTE_ADDR="203.0.113.9")
    fetch(client, reverse("materials:method_zip", args=[network.group.pk]))
    for model in (DownloadCount, ZipDownloadCount):
        fields = {field.name for field in model._meta.get_fields()}
        assert fields <= {"id", "material", "method", "month", "channel", "count"}
        assert not any(
            isinstance(field, models.ForeignKey) and field.related_model is django_user_model
            for field in model._meta.get_fields()
        )
        for row in model.objects.values():
            assert "203.0.113.9" not in str(row) and "Teacher" not in str(row)


def test_concurrent_style_increments_add_up(network):
    for _ in range(5):
        record_download(network.course.pk, None, DownloadChannel.FILE)
    record_download(network.course.pk, network.group.pk, DownloadChannel.FILE)
    assert counts() == {
        (network.course.pk, None, "file"): 5,
        (network.course.pk, network.group.pk, "file"): 1,
    }


def test_public_sees_counts_only_when_an_editor_switches_them_on(client, network):
    record_download(network.course.pk, network.group.pk)
    record_download(network.course.pk, None)
    assert "Downloads" not in render_section(network.group)
    assert f"<dt>{in_bokmal('Downloads')}</dt>" not in client.get(network.library.url).content.decode()

    site_settings = MaterialsSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.show_download_counts = True
    site_settings.save()
    html = render_section(network.group)
    card = next(chunk for chunk in html.split('<li class="material') if "Kursplan" in chunk)
    assert "<dt>Downloads</dt><dd>2</dd>" in card


@pytest.fixture
def editor_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("editor", "editor@example.org", "x"))
    return client


def test_admin_report_lists_most_downloaded_materials_by_month(editor_client, network):
    for _ in range(3):
        record_download(network.cards.pk, network.plan.pk)
    record_download(network.course.pk, network.group.pk)
    DownloadCount.objects.create(
        material=network.course, method=network.group, month="2020-01-01", channel="file", count=10
    )
    this_month = editor_client.get(
        reverse("materials_reports:material_downloads"), {"month": current_month().isoformat()}
    )
    assert this_month.status_code == 200
    rows = [(m.title, m.total_downloads) for m in this_month.context["object_list"]]
    assert rows == [("Samtalekort", 3), ("Kursplan", 1)]

    all_time = editor_client.get(reverse("materials_reports:material_downloads"))
    rows = [(m.title, m.total_downloads) for m in all_time.context["object_list"]]
    assert rows == [("Kursplan", 11), ("Samtalekort", 3)]

    january = editor_client.get(reverse("materials_reports:material_downloads"), {"month": "2020-01-01"})
    assert [(m.title, m.total_downloads) for m in january.context["object_list"]] == [("Kursplan", 10)]


def test_admin_report_by_method_and_its_spreadsheet(editor_client, network):
    record_download(network.cards.pk, network.plan.pk)
    editor_client.get(reverse("materials:method_zip", args=[network.group.pk]))
    response = editor_client.get(reverse("materials_reports:method_downloads"))
    rows = {
        m.title: (m.file_downloads, m.zip_count, m.total_downloads) for m in response.context["object_list"]
    }
    assert rows == {"Mestringsgruppe": (0, 1, 2), "Kriseplan": (1, 0, 1)}
    export = editor_client.get(reverse("materials_reports:method_downloads"), {"export": "csv"})
    text = b"".join(export.streaming_content).decode()
    assert "Mestringsgruppe" in text and "Kriseplan" in text


def test_reports_are_in_the_reports_menu_and_closed_to_others(
    client, editor_client, network, django_user_model
):
    home = editor_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("materials_reports:material_downloads") in home
    client.logout()
    client.force_login(django_user_model.objects.create_user("visitor", password="x"))
    assert client.get(reverse("materials_reports:material_downloads")).status_code in (302, 403)
