#!/usr/bin/env python3
"""Each kind of public page on a cache miss: 7 URLs of the kind no one asked for before, each
asked once with a browser's headers (render + compression), then once more for its size in
HTML (a hit). Prints the median and the slowest time, and the largest page, per kind.
Usage: misses.py http://127.0.0.1:3903 urls.txt"""
import re
import statistics
import sys
import time
import urllib.request

base, path = sys.argv[1], sys.argv[2]
KINDS = [
    ("overview", r"^(/en)?(/|\?reporting=only)?$"),
    ("compare, default indicator", r"^(/en)?/compare$"),
    ("compare", r"^(/en)?/compare\?indicator=[^&]+$"),
    ("compare, period, per capita", r"^(/en)?/compare\?.*&per=capita$"),
    ("regions", r"^(/en)?/regions$"),
    ("region", r"^(/en)?/region/"),
    ("indicators", r"^(/en)?/indicators$"),
    ("indicator", r"^(/en)?/indicator/"),
    ("category", r"^(/en)?/category/"),
    ("sources", r"^(/en)?/sources$"),
    ("API compare", r"^/api/v1/compare"),
    ("API observations of a region", r"^/api/v1/observations\?region="),
]
urls = [line.strip() for line in open(path) if line.strip()]


def get(url, headers):
    request = urllib.request.Request(base + url, headers=headers)
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    return time.perf_counter() - started, len(body)


browser = {"Accept-Encoding": "gzip, deflate, br, zstd", "Accept": "text/html,*/*;q=0.8"}
print(f"{'page (cache miss, browser headers)':34} {'median':>8} {'slowest':>8} {'largest':>9}  n")
for kind, pattern in KINDS:
    chosen = [u for u in urls if re.search(pattern, u)][:7]
    times, sizes = [], []
    for url in chosen:
        elapsed, _ = get(url, browser)
        times.append(elapsed * 1000)
        sizes.append(get(url, {})[1])
    if times:
        print(f"{kind:34} {statistics.median(times):6.1f}ms {max(times):6.1f}ms {max(sizes) / 1000:7.0f}KB  {len(times)}")
