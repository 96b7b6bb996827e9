"""Write small PDFs that are cheap to upload and expensive (or impossible) to render.

    .venv/bin/python -m tests.materials.hostile.make_hostile OUTPUT_FOLDER

They live beside the tests that feed them to the preview task (tests/materials/test_preview_sandbox.py) and are
also used by benchmarks/preview_sandbox.py. The files are generated rather than committed: the decompression
bomb takes a second of zlib to build, and the source shows what each file does better than binary blobs would.
Every byte is written here (no PDF library), so a library's repairs cannot soften the files.

- nested-6.pdf / nested-7.pdf: Form XObjects that each draw the next level 16 times, 6 or 7 levels deep
  (16**6 = 16.8 million and 16**7 = 268 million drawings of one small shape, from about 2 KB).
- bomb.pdf: a page content stream behind two Flate filters that inflates to 1 GiB of blank space from a few KB.
- pages.pdf: a page tree whose nodes share their children, so a few hundred bytes declare 100,000 pages.
- truncated.pdf: an ordinary PDF cut off before its page.
- encrypted.pdf: a PDF encrypted with the standard handler and a user password nobody knows.
"""

import sys
import zlib
from pathlib import Path

FANOUT = 16
BOMB_BYTES = 1024**3
A4 = b"[0 0 595 842]"


def build_pdf(objects, trailer_extra=b""):
    """A PDF file with the objects (bytes, numbered from 1, object 1 the catalogue) and a correct xref table."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<</Size %d/Root 1 0 R%s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer_extra,
        xref,
    )
    return bytes(out)


def stream(data, dictionary=b""):
    return b"<<%s/Length %d>>stream\n" % (dictionary, len(data)) + data + b"\nendstream"


def one_page(content, resources=b"<<>>"):
    """Catalogue, page tree and one A4 page (objects 1-4) drawing content; further objects start at 5."""
    return [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox%s/Resources%s/Contents 4 0 R>>" % (A4, resources),
        content,
    ]


def nested_xobjects(levels):
    """Each level is a Form XObject that draws the next one FANOUT times; the deepest fills a small square."""
    first = 5  # object number of level 1
    draw_next = b"q 1 0 0 1 1 1 cm /X Do Q\n" * FANOUT
    objects = one_page(stream(b"/X Do"), b"<</XObject<</X %d 0 R>>>>" % first)
    for level in range(1, levels + 1):
        if level < levels:
            body, resources = draw_next, b"/Resources<</XObject<</X %d 0 R>>>>" % (first + level)
        else:
            body, resources = b"0 0 1 rg 0 0 20 20 re f", b""
        objects.append(stream(body, b"/Type/XObject/Subtype/Form/BBox[0 0 595 842]" + resources))
    return build_pdf(objects)


def decompression_bomb(size=BOMB_BYTES):
    """A content stream of `size` spaces, deflated twice: the second pass squeezes the first's repeating output."""
    chunk = b" " * (1024 * 1024)
    # After a full flush the compressor forgets what came before, so every chunk deflates to the same block:
    # deflate one and repeat it rather than feed zlib a gigabyte.
    raw = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = raw.compress(chunk) + raw.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(size // len(chunk)):
        checksum = zlib.adler32(chunk, checksum)
    once = b"\x78\xda" + block * (size // len(chunk)) + raw.flush() + checksum.to_bytes(4, "big")
    twice = zlib.compress(once, 9)
    return build_pdf(one_page(stream(twice, b"/Filter[/FlateDecode/FlateDecode]")))


def many_pages(fanout=10, depth=5):
    """fanout**depth pages from depth+2 objects: every node of the page tree lists one shared child fanout times."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>"]
    for level in range(depth):
        child = len(objects) + 2
        kids = b" ".join([b"%d 0 R" % child] * fanout)
        objects.append(b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, fanout ** (depth - level)))
    objects.append(b"<</Type/Page/MediaBox[0 0 10 10]>>")
    return build_pdf(objects)


def truncated():
    whole = build_pdf(one_page(stream(b"0 0 1 rg 100 100 200 200 re f")))
    return whole[: whole.index(b"3 0 obj")]


def encrypted():
    """RC4 40-bit standard security (revision 2) with O and U values that match no password, the empty one included."""
    encrypt = b"<</Filter/Standard/V 1/R 2/Length 40/P -4/O<%s>/U<%s>>>" % (b"ab" * 32, b"cd" * 32)
    objects = one_page(stream(b"0 0 1 rg 100 100 200 200 re f"))
    objects.append(encrypt)
    file_id = b"<0123456789abcdef0123456789abcdef>"
    return build_pdf(objects, b"/Encrypt %d 0 R/ID[%s %s]" % (len(objects), file_id, file_id))


HOSTILE = {
    "nested-6.pdf": lambda: nested_xobjects(6),
    "nested-7.pdf": lambda: nested_xobjects(7),
    "bomb.pdf": decompression_bomb,
    "pages.pdf": many_pages,
    "truncated.pdf": truncated,
    "encrypted.pdf": encrypted,
}


def write_all(folder, names=None):
    """Write the hostile files (all, or those named) into folder; returns {name: path}."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in names or HOSTILE:
        paths[name] = folder / name
        paths[name].write_bytes(HOSTILE[name]())
    return paths


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for path in write_all(sys.argv[1]).values():
        print(f"{path}  {path.stat().st_size:,} bytes")
