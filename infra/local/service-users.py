#!/usr/bin/env python3
"""Prints the service and role users of infra/rabbitmq/definitions.json as a definitions document for the local
node: the same users, password hashes (development passwords: the user names) and permissions, on the local vhost.
The local administrator (argv[2]) is left out, so its password and tags stay as infra/local configured them, and so
are the users the node has already (argv[4], comma-separated), so a rotated password survives `stack.sh up`; their
permissions are applied again.

usage: service-users.py DEFINITIONS_JSON ADMIN_USER VHOST EXISTING_USERS
"""
import json
import sys

definitions_path, admin, vhost, existing = sys.argv[1:5]
with open(definitions_path, encoding="utf-8") as file:
    shipped = json.load(file)
names = {user["name"] for user in shipped["users"]} - {admin}
users = [user for user in shipped["users"] if user["name"] in names - set(existing.split(","))]
permissions = [dict(p, vhost=vhost) for p in shipped["permissions"] if p["user"] in names]
json.dump({"users": users, "permissions": permissions}, sys.stdout)
