"""Document downloads carry no guessed Content-Encoding (materials.serving): no literal "None", and a file is
never labelled as compressed transfer encoding."""

import pytest

pytestmark = pytest.mark.django_db


def download(client, url):
    response = client.get(url)
    if hasattr(response, "streaming_content"):
        response.body = b"".join(response.streaming_content)
    return response


@pytest.mark.parametrize("name", ["course", "slides", "template", "cards"])
def test_a_document_download_has_no_content_encoding_header(client, network, name):
    response = download(client, getattr(network, name).url)

    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
    assert response.body


def test_a_file_stored_as_gz_is_not_declared_as_gzip_encoded(client, network):
    # mimetypes guesses ("text/plain", "gzip") for this name; the bytes are sent as stored.
    material = network.cards
    with material.file.open("rb") as original:
        material.file.name = material.file.storage.save("documents/samtalekort.txt.gz", original)
    material.save()

    response = download(client, material.url)

    assert response.status_code == 200
    assert "Content-Encoding" not in response.headers
