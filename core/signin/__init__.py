"""Sign-in protection: django-axes lock-outs shown on the login pages, the administrators' view of current
lock-outs, and a throttled password reset whose email is sent in the background (docs/deployment.md,
"Sign-in protection")."""
