// Parse one iCalendar file (or "-" for stdin) with Mozilla ical.js, the parser behind
// Thunderbird, and print what a client would see as JSON; exit 1 on anything it rejects.
// Usage: node parse_ics.mjs FILE.ics|-
import fs from "node:fs";
import ICAL from "ical.js";

function fail(message) {
  process.stderr.write(`ical.js: ${message}\n`);
  process.exit(1);
}

const source = process.argv[2];
if (!source) {
  process.stderr.write("usage: node parse_ics.mjs FILE.ics|-\n");
  process.exit(2);
}
const text = fs.readFileSync(source === "-" ? 0 : source, "utf8");
if (text.charCodeAt(0) === 0xfeff) fail("starts with a byte order mark");

let root;
try {
  root = new ICAL.Component(ICAL.parse(text));
} catch (error) {
  fail(`parse error: ${error.message}`);
}
if (root.name !== "vcalendar") fail(`top component is ${root.name}, not vcalendar`);

const zones = new Set();
for (const zone of root.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
  zones.add(zone.getFirstPropertyValue("tzid"));
}

// ical.js quietly treats an undeclared TZID as floating time; a client would misplace it.
function instant(event, name) {
  const property = event.getFirstProperty(name);
  if (!property) fail(`${name} missing in ${event.getFirstPropertyValue("uid")}`);
  const tzid = property.getParameter("tzid");
  if (tzid && !zones.has(tzid)) fail(`TZID ${tzid} has no VTIMEZONE`);
  const value = property.getFirstValue();
  if (!tzid && !value.isDate && value.zone !== ICAL.Timezone.utcTimezone) {
    fail(`${name} is floating time in ${event.getFirstPropertyValue("uid")}`);
  }
  return new Date(value.toUnixTime() * 1000).toISOString();
}

const events = root.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    location: event.location,
    start: instant(component, "dtstart"),
    end: instant(component, "dtend"),
    sequence: event.sequence,
    status: component.getFirstPropertyValue("status"),
    transp: component.getFirstPropertyValue("transp"),
    categories: component.getAllProperties("categories").flatMap((p) => p.getValues()),
    alarms: component.getAllSubcomponents("valarm").length,
  };
});

process.stdout.write(
  JSON.stringify({
    name: root.getFirstPropertyValue("x-wr-calname"),
    method: root.getFirstPropertyValue("method"),
    zones: [...zones].sort(),
    events,
  }),
);
