#!/usr/bin/env python3
"""One line on the page cache from a server's /healthz (read on stdin): what it did since the
start and what it holds. Usage: curl -sf 127.0.0.1:3903/healthz | cache.py"""
import json
import sys

c = json.load(sys.stdin)["page_cache"]
asked = c["hits"] + c["renders"]
print("  page cache: %d hits, %d renders (misses), %d busy; hit rate %.1f%%; %d pages kept in %.0f of %.0f MiB"
      % (c["hits"], c["renders"], c["busy"], 100 * c["hits"] / max(asked, 1),
         c["pages"], c["bytes"] / 2**20, c["capacity_bytes"] / 2**20))
