#!/usr/bin/env python3
"""Prints the service and role users of infra/rabbitmq/definitions.json as a definitions document for the local
node: the same users, password hashes (development passwords: the user names) and permissions, on the local vhost.
The local administrator (argv[2]) is left out, so its password and tags stay as infra/local configured them.

usage: service-users.py DEFINITIONS_JSON ADMIN_USER VHOST
"""
import json
import sys

definitions_path, admin, vhost = sys.argv[1:4]
with open(definitions_path, encoding="utf-8") as file:
    shipped = json.load(file)
users = [user for user in shipped["users"] if user["name"] != admin]
names = {user["name"] for user in users}
permissions = [dict(p, vhost=vhost) for p in shipped["permissions"] if p["user"] in names]
json.dump({"users": users, "permissions": permissions}, sys.stdout)
