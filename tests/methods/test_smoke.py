from tests.factories import MethodPageFactory


def test_method_page_renders_and_knows_its_centre(client, site_tree):
    page = MethodPageFactory(parent=site_tree["method_indexes"]["bikuben"])
    assert page.centre_id == site_tree["centres"]["bikuben"].pk
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()
