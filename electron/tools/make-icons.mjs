#!/usr/bin/env node
// Renders resources/icons/icon.svg (the source, edit that) into the files electron-builder takes
// from its build resources folder: icon.png (512×512, Linux and the window) and icon.ico (Windows,
// 16-256 px, each size a PNG inside the ICO as Windows Vista and later read it). Chromium draws the
// SVG, so the icon looks the same as in the browser. Run by hand after editing the SVG:
//   node electron/tools/make-icons.mjs            (needs /usr/bin/chromium or CHROMIUM=path)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const icons = path.join(root, 'resources/icons');
const svg = path.join(icons, 'icon.svg');
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

function render(size, out) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-icon-'));
  const page = path.join(tmp, 'icon.html');
  fs.writeFileSync(page, `<html><body style="margin:0;background:transparent"><img src="file://${svg}" width="${size}" height="${size}"></body></html>`);
  execFileSync(chromium, ['--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--default-background-color=00000000', `--window-size=${size},${size}`, `--screenshot=${out}`, `file://${page}`], { stdio: 'ignore' });
  fs.rmSync(tmp, { recursive: true, force: true });
  return fs.readFileSync(out);
}

/** An ICO file of PNG images: a 6-byte header, a 16-byte entry per image, then the PNGs. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

render(512, path.join(icons, 'icon.png'));
const tmpPng = path.join(os.tmpdir(), `motcua-icon-${process.pid}.png`);
const images = ICO_SIZES.map((size) => ({ size, png: render(size, tmpPng) }));
fs.rmSync(tmpPng, { force: true });
fs.writeFileSync(path.join(icons, 'icon.ico'), ico(images));
console.log(`icon.png 512×512 and icon.ico (${ICO_SIZES.join(', ')} px) written to ${path.relative(root, icons)}/`);
