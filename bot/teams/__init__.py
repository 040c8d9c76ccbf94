"""Teams, roles, invites and the access policy."""
