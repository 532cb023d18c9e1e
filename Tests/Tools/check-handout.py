#!/usr/bin/python3
"""Checks cnplan's HTML handouts as a reader's browser and an HTML5 validator see them.

  check-handout.py inspect FILE
      Parses FILE with html5lib in strict mode and prints, as JSON, its parse errors, the
      elements and attributes it holds, every attribute value, the style sheets' text, the
      page's text and each SVG's number of elements. The tests decide what must hold.

  check-handout.py browser OUTDIR [--max-pages N] FILE...
      Renders each FILE with headless Chromium (Debian's package): once with a probe script
      that measures the page (every SVG drawn and non-empty, every SVG text inside its box
      and its picture, nothing wider than its cell, nothing loaded), then as it is (its own
      policy forbids scripts and fetches) to NAME.png and to an A4 NAME.pdf. Fails on a
      console message, a request the page makes, a PDF of more than N pages (2) or not A4,
      or a PDF without the page's title in its text. Prints one line per file; exit 0 when
      every file passes.
"""

import concurrent.futures
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import html5lib


def local(name):
    """An element's or attribute's name without its namespace."""
    return name.rsplit("}", 1)[-1]


def inspect(path):
    with open(path, "rb") as f:
        data = f.read()
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    doc = parser.parse(data)
    errors = [f"{pos[0]}:{pos[1]} {code} {args}" for pos, code, args in parser.errors]
    try:
        html5lib.HTMLParser(strict=True).parse(data)
    except html5lib.html5parser.ParseError as e:
        errors.append(f"strict: {e}")
    elements, attributes, values, styles, svgs = set(), set(), [], [], []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        tag = local(el.tag)
        elements.add(tag)
        for name, value in el.attrib.items():
            attributes.add(local(name) if isinstance(name, str) else local(name[1]))
            values.append(value)
        if tag == "style":
            styles.append(el.text or "")
        if tag == "svg":
            svgs.append(sum(1 for _ in el.iter()) - 1)
    body = doc.find("body")
    text = " ".join("".join(body.itertext()).split()) if body is not None else ""
    return {
        "errors": errors,
        "elements": sorted(elements),
        "attributes": sorted(attributes),
        "values": values,
        "styles": styles,
        "text": text,
        "svgs": svgs,
    }


PROBE = """<script>
(() => {
  const r = { svgs: [], overflow: [], resources: [], height: 0, wide: [] };
  const inside = (b, box) => b.left >= box.left - 0.6 && b.top >= box.top - 0.6 &&
    b.right <= box.right + 0.6 && b.bottom <= box.bottom + 0.6;
  const say = (el, b) => el.textContent + " " + JSON.stringify([b.left, b.top, b.right, b.bottom].map(Math.round));
  for (const svg of document.querySelectorAll("svg")) {
    const b = svg.getBoundingClientRect();
    r.svgs.push({ cls: svg.getAttribute("class"), w: b.width, h: b.height, n: svg.querySelectorAll("*").length });
    for (const t of svg.querySelectorAll("text")) {
      const tb = t.getBoundingClientRect();
      if (!inside(tb, b)) r.overflow.push("outside its picture: " + say(t, tb));
    }
  }
  for (const g of document.querySelectorAll("svg g.node, svg g.dot")) {
    const box = g.firstElementChild.getBoundingClientRect();
    for (const t of g.querySelectorAll("text")) {
      const tb = t.getBoundingClientRect();
      if (!inside(tb, box)) r.overflow.push("outside its box: " + say(t, tb));
    }
  }
  for (const el of document.querySelectorAll("td, th, dd, dt, p, h1, h2, h3, li, figcaption, footer")) {
    if (el.scrollWidth > el.clientWidth + 1) r.wide.push(el.tagName + " " + el.textContent.slice(0, 60));
  }
  r.resources = performance.getEntriesByType("resource").map((e) => e.name);
  r.height = document.documentElement.scrollHeight;
  document.body.textContent = "PROBE" + JSON.stringify(r) + "PROBE";
})();
</script>"""

WIDTH = 900


def chromium(out, tag, args, url):
    """Runs headless Chromium with no name resolving (nothing can be fetched from anywhere) and
    a NetLog; returns its console lines and the network requests the page made."""
    profile = tempfile.mkdtemp(prefix="profile-", dir=out)
    netlog = os.path.join(out, tag + ".netlog.json")
    cmd = [
        "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND",
        "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile, "--log-net-log=" + netlog,
        "--virtual-time-budget=5000", "--hide-scrollbars", "--force-device-scale-factor=1",
    ] + args + [url]
    p = subprocess.run(cmd, capture_output=True, timeout=180)
    shutil.rmtree(profile, ignore_errors=True)
    stderr = p.stderr.decode("utf-8", "replace")
    console = [line for line in stderr.splitlines() if ":CONSOLE" in line]
    return p.stdout.decode("utf-8", "replace"), console, page_requests(netlog)


def page_requests(netlog):
    """URLs the page asked the network for: requests made for a file:// page. Chromium's own
    background requests (updates, time) belong to no page and are left out."""
    try:
        with open(netlog, encoding="utf-8") as f:
            log = json.load(f)
    except (OSError, ValueError):
        return ["(no NetLog: " + netlog + ")"]
    names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
    urls = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        if names.get(event["type"]) == "URL_REQUEST_START_JOB" and "url" in params:
            if "file://" in params.get("network_isolation_key", "") or params.get("initiator") == "null":
                urls.append(params["url"])
    return urls


def pdf(path):
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"], capture_output=True, text=True).stdout
    fonts = subprocess.run(["pdffonts", path], capture_output=True, text=True).stdout
    return pages, size, text, fonts


def squash(s):
    return "".join(s.split())


def check(out, path, max_pages):
    name = os.path.splitext(os.path.basename(path))[0]
    with open(path, encoding="utf-8") as f:
        page = f.read()
    problems = []
    result = {"file": path}

    # The probe: the page with a script appended that measures it and writes what it found,
    # without the page's policy that forbids scripts (and with it any fetch).
    probe_path = os.path.join(out, name + ".probe.html")
    with open(probe_path, "w", encoding="utf-8") as f:
        probe_page = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
        f.write(probe_page.replace("</body>", PROBE + "\n</body>"))
    dom, console, requests = chromium(out, name + ".probe", ["--window-size=%d,1200" % WIDTH, "--dump-dom"],
                                      "file://" + os.path.abspath(probe_path))
    found = re.search(r"PROBE(.*)PROBE", dom, re.S)
    if not found:
        problems.append("the probe did not run")
        probe = {"svgs": [], "overflow": [], "resources": [], "height": 2400, "wide": []}
    else:
        probe = json.loads(html.unescape(found.group(1)))
    problems += ["console: " + c for c in console]
    problems += ["request: " + u for u in requests]
    problems += ["loaded: " + u for u in probe["resources"]]
    if not probe["svgs"]:
        problems.append("no SVG")
    for svg in probe["svgs"]:
        if svg["w"] < 10 or svg["h"] < 10 or svg["n"] < 2:
            problems.append("empty SVG: %s" % svg)
    problems += ["overflows: " + o for o in probe["overflow"]]
    problems += ["wider than its box: " + w for w in probe["wide"]]
    result["svgs"] = [s["cls"] for s in probe["svgs"]]

    # As a reader sees it: a screenshot of the whole page, and the print. The page's own policy
    # forbids scripts and fetches; anything it refused would show as a console message.
    url = "file://" + os.path.abspath(path)
    height = min(max(int(probe["height"]), 600), 8000)
    png = os.path.join(out, name + ".png")
    _, console, requests = chromium(out, name + ".png", ["--window-size=%d,%d" % (WIDTH, height),
                                                               "--screenshot=" + png], url)
    problems += ["console (screenshot): " + c for c in console]
    problems += ["request (screenshot): " + u for u in requests]
    if not os.path.exists(png) or os.path.getsize(png) < 10000:
        problems.append("no screenshot")
    pdf_path = os.path.join(out, name + ".pdf")
    _, console, requests = chromium(out, name + ".pdf", ["--no-pdf-header-footer",
                                                               "--print-to-pdf=" + pdf_path], url)
    problems += ["console (print): " + c for c in console]
    problems += ["request (print): " + u for u in requests]
    if not os.path.exists(pdf_path):
        problems.append("no PDF")
    else:
        pages, size, text, fonts = pdf(pdf_path)
        result["pages"] = pages
        if pages > max_pages:
            problems.append("%d pages" % pages)
        if "(A4)" not in size:
            problems.append("not A4: " + size)
        title = re.search(r"<h1>(.*?)</h1>", page, re.S)
        if title and squash(html.unescape(title.group(1))) not in squash(text):
            problems.append("the PDF's text lacks the title")
        if re.search(r"[\u4e00-\u9fff]", page) and not re.search(r"CJK|WenQuanYi|Hei|Han|PingFang|YaHei", fonts):
            problems.append("no CJK font in the PDF")
    result["problems"] = problems
    return result


def browser(out, files):
    max_pages = 2
    if files[:1] == ["--max-pages"]:
        max_pages, files = int(files[1]), files[2:]
    os.makedirs(out, exist_ok=True)
    # Two pages at a time: each Chromium is several processes, and the machine has two cores.
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda p: check(out, p, max_pages), files))
    for r in results:
        status = "ok" if not r["problems"] else "FAIL"
        print(json.dumps({"status": status, **r}, ensure_ascii=False))
    return 0 if all(not r["problems"] for r in results) else 1


def main(argv):
    if len(argv) == 3 and argv[1] == "inspect":
        print(json.dumps(inspect(argv[2]), ensure_ascii=False))
        return 0
    if len(argv) >= 4 and argv[1] == "browser":
        return browser(argv[2], argv[3:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
