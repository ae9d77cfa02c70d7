#!/usr/bin/env python3
"""Writes the public URLs of a running server, one per line, in a fixed shuffled order, for
mix.lua: every page kind a visitor or crawler asks for (compare x indicator x period x per
capita, regions, indicators, categories, the overview, the open-data API), in both languages.
Usage: urls.py http://127.0.0.1:3903 > urls.txt"""
import json
import random
import sys
import urllib.request

base = sys.argv[1]


def api(path):
    with urllib.request.urlopen(base + path) as response:
        return json.load(response)


def every(path):
    items, offset = [], 0
    while True:
        page = api(f"{path}{'&' if '?' in path else '?'}limit=1000&offset={offset}")
        items += page["items"]
        offset += len(page["items"])
        if not page["items"] or offset >= page["total"]:
            return items


indicators = every("/api/v1/indicators")
regions = every("/api/v1/regions")
first = indicators[0]["key"]
sample = next(r["code"] for r in regions if r["level"] == "county")
periods = sorted({o["period"] for o in api(f"/api/v1/observations?indicator={first}&region={sample}")["items"]})
categories = sorted({i["category"] for i in indicators})

urls = ["/", "/regions", "/indicators", "/sources", "/compare", "/?reporting=only"]
for i in indicators:
    key = i["key"]
    urls += [f"/indicator/{key}", f"/compare?indicator={key}", f"/api/v1/compare?indicator={key}"]
    for period in periods:
        urls.append(f"/compare?indicator={key}&period={period}")
        if i.get("per_capita"):
            urls.append(f"/compare?indicator={key}&period={period}&per=capita")
    if i.get("per_capita"):
        urls.append(f"/compare?indicator={key}&per=capita")
for r in regions:
    urls += [f"/region/{r['code']}", f"/api/v1/observations?region={r['code']}"]
for c in categories:
    urls += [f"/category/{c}", f"/category/{c}?page=2"]
# Pages in English too; the API has one language.
urls += ["/en" + u if u != "/" else "/en" for u in urls if not u.startswith("/api/")]
random.Random(17).shuffle(urls)
print("\n".join(urls))
print(f"{len(urls)} URLs", file=sys.stderr)
