/**
 * The workbench grid on a long sheet against a short one, in the real page (Chromium): the time to show the sheet and
 * draw it at 50 scroll positions down its length. The grid draws only the rows in view, so the length of the sheet
 * should not matter; a grid that drew every row would be about as many times slower as the sheet is longer.
 */
import { chromium } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the workbench's server is CommonJS
const { serve } = require('../scripts/serve') as { serve: (port: number) => Promise<{ server: import('node:http').Server; url: string }> };

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Milliseconds to show a sheet of `longRows` rows and one of `shortRows` and draw each at every scroll position, in
 * one page: both sheets built once, a warm-up of the short one, then the two timed in turn `runs` times.
 */
async function drawTimes(longRows: number, shortRows: number, runs: number): Promise<{ long: number[]; short: number[] }> {
  const { server, url } = await serve(0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url);
    await page.waitForFunction(() => window.etsWorkbench !== undefined);
    return await page.evaluate(([long, short, count]) => {
      const { hf, grid } = window.etsWorkbench!;
      const scroller = document.querySelector<HTMLElement>('.wb-scroll')!;
      const sheetOf = (rows: number): string => {
        const name = `Rows${rows}`;
        hf.addSheet(name);
        hf.setCellContents({ sheet: hf.getSheetId(name)!, row: 0, col: 0 },
          Array.from({ length: rows }, (_, i) => [`Plant ${i + 1}`, 'cement', 1000 + i, 0.84, `=C${i + 1}*D${i + 1}`]));
        return name;
      };
      const time = (name: string, rows: number): number => {
        const start = performance.now();
        grid.showSheet(name);
        for (let k = 1; k <= 50; k += 1) {
          scroller.scrollTop = Math.floor((rows * 22 * k) / 50);
          (grid as unknown as { draw(force: boolean): void }).draw(true);
          void scroller.offsetHeight; // layout, as a scroll would
        }
        return performance.now() - start;
      };
      const longSheet = sheetOf(long);
      const shortSheet = sheetOf(short);
      time(shortSheet, short); // warm-up
      const times = { long: [] as number[], short: [] as number[] };
      for (let r = 0; r < count; r += 1) {
        times.long.push(time(longSheet, long));
        times.short.push(time(shortSheet, short));
      }
      return times;
    }, [longRows, shortRows, runs] as const);
  } finally {
    await browser.close();
    server.close();
  }
}

/** The per-run ratios of the long sheet's time to the short one's, the two timed in turn. */
export async function gridScrollRatios(longRows: number, shortRows: number, runs: number): Promise<number[]> {
  const { long, short } = await drawTimes(longRows, shortRows, runs);
  return long.map((t, i) => t / short[i]!);
}
