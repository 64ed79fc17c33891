// Drives the Aspire dashboard in a real Chromium: the grid, trace list and metrics fill in over the dashboard's
// websocket, so a plain screenshot of the page would show them empty.
//   node check-dashboard.mjs <login url> <screenshot.png> <resource,resource,...>
// Prints one JSON object: each resource row's state, the span summary of every gateway trace, and the
// dimensions of the gateway's http.server.request.duration.
import { chromium } from 'playwright-core';

const [login, screenshot, names] = process.argv.slice(2);
const expected = names.split(',');
const base = new URL('/', login);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const result = { resources: {}, gatewayTraces: [], metricsText: '' };
try {
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  await page.goto(login);
  await page.waitForURL(url => !url.pathname.startsWith('/login'), { timeout: 30000 });

  // Resources: wait until every expected resource has a row, then read each row's state.
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    const rows = await page.locator('[role=row]').allInnerTexts();
    result.rows = rows;
    result.resources = Object.fromEntries(rows.map(row => row.split('\n')).filter(cells => expected.includes(cells[0])).map(cells => [cells[0], cells[1]]));
    if (expected.every(name => result.resources[name] === 'Running')) break;
    await page.waitForTimeout(500);
  }
  await page.screenshot({ path: screenshot });

  // Traces: those started by the gateway, with the resources their spans came from.
  await page.goto(new URL('/traces', base).toString());
  // The filter box is a Fluent web component: focus it and type, as a person would.
  await page.locator('fluent-text-input[name=traces-search]').click();
  await page.keyboard.type('gateway');
  const traceDeadline = Date.now() + 60000;
  while (Date.now() < traceDeadline) {
    const rows = await page.locator('[role=row]').allInnerTexts();
    result.gatewayTraces = rows.map(row => row.split('\n')).filter(cells => cells.length > 2 && cells[1].startsWith('gateway:'))
      .map(cells => ({ name: cells[1], spans: cells.slice(2).filter(cell => /\(\d+\)$/.test(cell)).map(cell => cell.replace(/\s*\(\d+\)$/, '')) }));
    if (result.gatewayTraces.some(trace => trace.spans.length >= 2)) break;
    await page.waitForTimeout(1000);
  }
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-traces.png') });

  // Metrics: the gateway's request duration, whose dimensions include grpc.status.
  await page.goto(new URL('/metrics/resource/gateway?meter=Microsoft.AspNetCore.Hosting&instrument=http.server.request.duration&duration=5&view=Table', base).toString());
  const metricsDeadline = Date.now() + 60000;
  while (Date.now() < metricsDeadline) {
    result.metricsText = await page.locator('body').innerText();
    if (result.metricsText.includes('grpc.status')) break;
    await page.waitForTimeout(1000);
  }
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-metrics.png') });
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
