#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""The HTML report and the SVG pictures, opened in a real browser.

Usage: test_browser.py FAULTLINE SAMPLES_DIR WORK_DIR [SHARED_DATA_DIR]

Draws every picture and the report of the bundled sample (and, when the
shared data folder holds the GDELT sample, of an imported GDELT snapshot and
of the sample plus that import), checks that each SVG is well-formed XML, then
opens each file in Debian's headless Chromium over the DevTools protocol
(python3-websocket) and checks: no JavaScript error or console error, the
expected elements present, a screenshot that is not blank, hovering a node
shows its facts in the side panel, and the date filter hides what is out of
range. Exits 77 (skipped) when chromium or python3-websocket is missing.
"""
import base64
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET
import zlib

CHROMIUM = os.environ.get("FAULTLINE_CHROMIUM", "/usr/bin/chromium")
SVG_NS = "{http://www.w3.org/2000/svg}"

try:
    import websocket  # Debian: python3-websocket
except ImportError:
    print("SKIP: python3-websocket is not installed (apt-get install python3-websocket)")
    sys.exit(77)
if not os.access(CHROMIUM, os.X_OK):
    print(f"SKIP: {CHROMIUM} is not installed (apt-get install chromium)")
    sys.exit(77)

failures = []


def check(condition, what):
    if condition:
        print(f"ok: {what}")
    else:
        print(f"FAIL: {what}")
        failures.append(what)


def run(args, **kw):
    result = subprocess.run(args, capture_output=True, text=True, **kw)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


# --- PNG decoding (stdlib only), to tell a blank screenshot from a picture.
def png_pixels(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, width, height, colour, depth = 8, b"", 0, 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6), f"unexpected PNG format: depth {depth}, colour type {colour}"
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def non_white_fraction(png):
    width, height, bpp, rows = png_pixels(png)
    dark = 0
    for row in rows:
        for x in range(0, width * bpp, bpp):
            if row[x] < 240 or row[x + 1] < 240 or row[x + 2] < 240:
                dark += 1
    return dark / float(width * height)


# --- A minimal DevTools client.
class browser:
    def __init__(self, profile):
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
             "--window-size=1400,1000", f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().count("\n") >= 1:
                break
            time.sleep(0.1)
        else:
            self.close()
            raise SystemExit("chromium did not start (no DevToolsActivePort)")
        port = int(open(port_file).read().split("\n")[0])
        pages = []
        for _ in range(100):
            pages = [t for t in json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                     if t.get("type") == "page"]
            if pages:
                break
            time.sleep(0.1)
        self.ws = websocket.create_connection(pages[0]["webSocketDebuggerUrl"], timeout=60, suppress_origin=True)
        self.next_id = 0
        self.events = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=60):
        end = time.time() + timeout
        while time.time() < end:
            for k, e in enumerate(self.events):
                if e.get("method") == method:
                    del self.events[k]
                    return e
            self.events.append(json.loads(self.ws.recv()))
        raise RuntimeError(f"timed out waiting for {method}")

    def open(self, path):
        self.events = []
        self.call("Page.navigate", url="file://" + os.path.abspath(path))
        self.wait_for("Page.loadEventFired")
        self.eval("new Promise(r => setTimeout(r, 200))", await_promise=True)

    def eval(self, expression, await_promise=False):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=await_promise)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def errors(self):
        out = []
        for e in self.events:
            m, p = e.get("method"), e.get("params", {})
            if m == "Runtime.exceptionThrown":
                out.append(json.dumps(p.get("exceptionDetails", {}))[:300])
            elif m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(json.dumps(p.get("args", []))[:300])
            elif m == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
                out.append(p["entry"].get("text", "")[:300])
        return out

    def screenshot(self, path):
        png = base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])
        with open(path, "wb") as f:
            f.write(png)
        return png

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def check_svg_file(path):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        check(False, f"{os.path.basename(path)} is well-formed XML ({e})")
        return
    check(root.tag == SVG_NS + "svg" and root.get("version") == "1.1" and root.get("viewBox")
          and root.get("width") and root.get("height"),
          f"{os.path.basename(path)} is an SVG 1.1 document with width, height and viewBox")


def check_svg_in_browser(b, path, work):
    name = os.path.basename(path)
    b.open(path)
    check(not b.errors(), f"{name} loads without errors {b.errors()}")
    check(b.eval("document.documentElement.tagName") == "svg", f"{name} renders as SVG")
    shot = b.screenshot(os.path.join(work, name + ".png"))
    fraction = non_white_fraction(shot)
    check(fraction > 0.005, f"{name} screenshot is not blank ({fraction:.3f} non-white)")


def check_report(b, path, work, expect_chains):
    name = os.path.basename(path)
    b.open(path)
    errors = b.errors()
    check(not errors, f"{name} loads with no JavaScript or console error {errors}")
    counts = b.eval("""({
      nodes: document.querySelectorAll('#fl-graph svg .fl-node[data-key^="actor:"]').length,
      chains: document.querySelectorAll('#fl-escalation svg .fl-node').length,
      blocs: document.querySelectorAll('#fl-blocs svg').length,
      sources: document.querySelectorAll('#fl-sources li').length,
      links: document.querySelectorAll('#fl-sources li a[href^="http"]').length,
      centrality: document.querySelectorAll('table.fl-centrality tr').length,
      external: document.querySelectorAll('script[src], link[href], img[src], iframe').length
    })""")
    check(counts["nodes"] > 0, f"{name}: actor nodes drawn ({counts['nodes']})")
    if expect_chains:
        check(counts["chains"] > 0, f"{name}: escalation chains drawn ({counts['chains']})")
    check(counts["blocs"] == 1, f"{name}: blocs picture present")
    check(counts["sources"] > 0, f"{name}: sources listed ({counts['sources']})")
    check(counts["centrality"] > 1, f"{name}: centrality table has rows")
    check(counts["external"] == 0, f"{name}: nothing external (scripts, styles, images)")
    shot = b.screenshot(os.path.join(work, name + ".png"))
    fraction = non_white_fraction(shot)
    check(fraction > 0.02, f"{name}: screenshot is not blank ({fraction:.3f} non-white)")

    # Hover the first actor node of the graph: its facts appear in the panel.
    target = b.eval("""(function () {
      var el = document.querySelector('#fl-graph svg .fl-node[data-key^="actor:"]');
      el.scrollIntoView({block: 'center'});
      var r = el.getBoundingClientRect();
      return {key: el.getAttribute('data-key'), x: r.left + r.width / 2, y: r.top + r.height / 2};
    })()""")
    b.call("Input.dispatchMouseEvent", type="mouseMoved", x=target["x"], y=target["y"])
    b.eval("new Promise(r => setTimeout(r, 100))", await_promise=True)
    panel = b.eval("""({shown: document.getElementById('fl-panel-body').getAttribute('data-shown'),
                        text: document.getElementById('fl-panel-body').textContent})""")
    facts = b.eval(f"faultlineReport.data.items[{json.dumps(target['key'])}]")
    check(panel["shown"] == target["key"] and facts and facts["title"] in panel["text"],
          f"{name}: hovering {target['key']} shows its facts ({panel['text'][:80]!r})")
    check(facts and all(f in panel["text"] for f in facts["facts"][:3]), f"{name}: the panel lists the facts")

    # The date filter: everything dated before the last incident's day is hidden when "from" is that day.
    dates = b.eval("Array.from(document.querySelectorAll('table.fl-incidents tr[data-date]')).map(r => r.getAttribute('data-date'))")
    if dates:
        last = max(d for d in dates if len(d) == 10) if any(len(d) == 10 for d in dates) else None
        if last:
            b.eval(f"""(function () {{ var f = document.getElementById('fl-from'); f.value = {json.dumps(last)};
                       f.dispatchEvent(new Event('input')); }})()""")
            hidden = b.eval("""Array.from(document.querySelectorAll('table.fl-incidents tr[data-date]'))
                               .filter(r => r.style.display === 'none').map(r => r.getAttribute('data-date'))""")
            expected = [d for d in dates if (d + "-12-31"[len(d) - 4:] if len(d) < 10 else d) < last]
            check(sorted(hidden) == sorted(expected),
                  f"{name}: filtering from {last} hides the {len(expected)} incidents before it (hid {len(hidden)})")
            b.eval("document.getElementById('fl-reset').click()")
            check(b.eval("document.querySelectorAll('[data-date][style*=\"none\"]').length") == 0,
                  f"{name}: 'show all' shows everything again")
    check(not b.errors(), f"{name}: no error while hovering and filtering {b.errors()}")


def main():
    faultline, samples, work = sys.argv[1], sys.argv[2], sys.argv[3]
    shared = sys.argv[4] if len(sys.argv) > 4 else ""
    os.makedirs(work, exist_ok=True)
    sample = os.path.join(samples, "baghdad-2024-01.yaml")
    svgs = {
        "export.svg": ["export", "--to", "svg"],
        "escalation.svg": ["escalation", "--to", "baghdad-strike", "--format", "svg"],
        "top-chains.svg": ["escalation", "--top", "5", "--format", "svg"],
        "alliances.svg": ["alliances", "--format", "svg"],
        "backers.svg": ["backers", "nujaba", "--inherit", "--format", "svg"],
        "proxies.svg": ["proxies", "iran", "--inherit", "--format", "svg"],
        "path.svg": ["path", "Islamic State", "United States", "--format", "svg"],
        "centrality.svg": ["centrality", "--metric", "pagerank", "--format", "svg"],
    }
    files = []
    for name, args in svgs.items():
        out = run([faultline, "-s", sample] + args).stdout
        path = os.path.join(work, name)
        with open(path, "w") as f:
            f.write(out)
        files.append(path)
        check_svg_file(path)
    reports = [(os.path.join(work, "report.html"), ["-s", sample], True)]

    gdelt = os.path.join(shared, "gdelt_v2_events_sample", "20180326044500.export.CSV") if shared else ""
    if gdelt and os.path.exists(gdelt):
        snap = os.path.join(work, "gdelt.snap")
        run([faultline, "import", "gdelt", gdelt, "-o", snap])
        for name, args in {"gdelt-export.svg": ["export", "--to", "svg"],
                           "gdelt-alliances.svg": ["alliances", "--format", "svg"],
                           "gdelt-escalation.svg": ["escalation", "--top", "5", "--format", "svg"]}.items():
            path = os.path.join(work, name)
            with open(path, "w") as f:
                f.write(run([faultline, "-s", snap] + args).stdout)
            files.append(path)
            check_svg_file(path)
        # The issue's own commands, on the sample plus the GDELT import.
        for name, args in {"sample-gdelt-escalation.svg": ["escalation", "--to", "baghdad-strike", "--format", "svg"],
                           "sample-gdelt-backers.svg": ["backers", "nujaba", "--format", "svg"],
                           "sample-gdelt-alliances.svg": ["alliances", "--format", "svg"]}.items():
            path = os.path.join(work, name)
            with open(path, "w") as f:
                f.write(run([faultline, "-s", sample, "--import", "gdelt:" + gdelt] + args).stdout)
            files.append(path)
            check_svg_file(path)
        reports.append((os.path.join(work, "report-gdelt.html"), ["-s", snap], False))
        reports.append((os.path.join(work, "report-sample-gdelt.html"), ["-s", sample, "--import", "gdelt:" + gdelt], True))
    else:
        print("note: the GDELT sample is not in the shared data folder; only the bundled sample is tested")
    for path, args, _ in reports:
        run([faultline] + args + ["report", "-o", path])

    profile = tempfile.mkdtemp(prefix="faultline-chromium-")
    b = browser(profile)
    try:
        for path in files:
            check_svg_in_browser(b, path, work)
        for path, _, chains in reports:
            check_report(b, path, work, chains)
    finally:
        b.close()
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all browser checks passed")


if __name__ == "__main__":
    main()
