"""The client address that sign-in lock-outs and password-reset limits count by.

REMOTE_ADDR, unless settings.SIGNIN_TRUSTED_PROXIES says how many reverse proxies in front of Django each
append the address they saw to X-Forwarded-For: then the entry that many places from the right, the one
the outermost trusted proxy wrote. Entries further left were sent by the client and are ignored, so a
client cannot pick an address per attempt. (django-ipware's proxy count counts differently and, in
strict mode, falls back to the proxy's own address for a spoofed header, which would put every client in
one bucket; this rule is simple enough to state in the deployment docs.)
"""

import ipaddress

from django.conf import settings


def client_address(request):
    trusted = getattr(settings, "SIGNIN_TRUSTED_PROXIES", 0)
    if trusted > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
        forwarded = [part for part in forwarded if part]
        if len(forwarded) >= trusted:
            try:
                return str(ipaddress.ip_address(forwarded[-trusted]))
            except ValueError:
                pass
    return request.META.get("REMOTE_ADDR") or None
