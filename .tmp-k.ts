import { WORD_CHAR } from './src/entities/letter-classes';
const mine = new RegExp(`^${WORD_CHAR}$`);
const ref = /^[\p{L}\p{M}\p{N}]$/u;
const ranges: [number, number][] = [
  [0x20, 0x52f],
  [0x600, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x1e00, 0x1eff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0x2000, 0x206f],
  [0x3000, 0x303f],
];
const diff: string[] = [];
for (const [a, b] of ranges)
  for (let c = a; c <= b; c++) {
    const ch = String.fromCharCode(c);
    if (mine.test(ch) !== ref.test(ch)) diff.push(c.toString(16));
  }
console.log(diff.length, diff.join(' '));
