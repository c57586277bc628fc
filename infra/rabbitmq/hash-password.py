#!/usr/bin/env python3
"""Prints the RabbitMQ password_hash of a password, for the users in definitions.json.

RabbitMQ's rabbit_password_hashing_sha256 (its default): base64(salt + sha256(salt + utf8(password)))
with a random 4-byte salt, so two runs give different hashes that both verify.

    infra/rabbitmq/hash-password.py 'the password'      # or without argument: read it from stdin
    infra/rabbitmq/hash-password.py --check HASH 'the password'   # exit 0 when the hash matches
"""
import base64
import hashlib
import os
import sys


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = os.urandom(4) if salt is None else salt
    return base64.b64encode(salt + hashlib.sha256(salt + password.encode("utf-8")).digest()).decode("ascii")


def matches(password_hash: str, password: str) -> bool:
    raw = base64.b64decode(password_hash)
    return len(raw) == 36 and hash_password(password, raw[:4]) == password_hash


def main(args: list[str]) -> int:
    if args[:1] == ["--check"] and len(args) == 3:
        return 0 if matches(args[1], args[2]) else 1
    if len(args) > 1 or args[:1] == ["--check"]:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    password = args[0] if args else sys.stdin.readline().rstrip("\n")
    if not password:
        print("hash-password.py: an empty password is refused; RabbitMQ would let anyone in as this user.", file=sys.stderr)
        return 2
    print(hash_password(password))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
