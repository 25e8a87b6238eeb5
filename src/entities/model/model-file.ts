import { TAGS } from './tagger-features';
import type { AddWeights } from './tagger-model';

// The tagger's weights as bytes: "TJNR", version 1, hash bits, tag count, a reserved byte, the number of stored buckets
// (uint32), the quantum (float32), then per bucket in ascending order the gap from the previous bucket (LEB128), a
// byte with one bit per tag that has a weight, and each such weight as a whole number of quanta (zigzag LEB128: one
// byte for most, two or three for the few large ones). Weights that round to zero quanta are left out.
// Fixed steps rather than a relative scale, because the tagger compares sums of large weights that nearly cancel.
const MAGIC = 'TJNR';
const VERSION = 1;
const HEADER = 16;

export interface SparseWeights {
  bits: number;
  /** Stored buckets, ascending. */
  buckets: Uint32Array;
  /** TAGS.length weights per stored bucket, already multiplied by the quantum. */
  weights: Float32Array;
}

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** Encodes dense float weights (bucket × tag) as multiples of `quantum`. */
export function encodeModel(dense: Float32Array, bits: number, quantum: number): Uint8Array {
  const T = TAGS.length;
  const body: number[] = [];
  let count = 0;
  let previous = 0;
  const quanta: number[] = [];
  for (let bucket = 0; bucket < dense.length / T; bucket++) {
    let mask = 0;
    quanta.length = 0;
    for (let t = 0; t < T; t++) {
      const q = Math.round(dense[bucket * T + t]! / quantum);
      if (q === 0) continue;
      mask |= 1 << t;
      quanta.push(q);
    }
    if (mask === 0) continue;
    pushVarint(body, bucket - previous);
    body.push(mask);
    for (const q of quanta) pushVarint(body, q < 0 ? -2 * q - 1 : 2 * q);
    previous = bucket;
    count++;
  }
  const header = new DataView(new ArrayBuffer(HEADER));
  [...MAGIC].forEach((ch, i) => header.setUint8(i, ch.charCodeAt(0)));
  header.setUint8(4, VERSION);
  header.setUint8(5, bits);
  header.setUint8(6, T);
  header.setUint32(8, count, true);
  header.setFloat32(12, quantum, true);
  const bytes = new Uint8Array(HEADER + body.length);
  bytes.set(new Uint8Array(header.buffer));
  bytes.set(body, HEADER);
  return bytes;
}

export function decodeModel(bytes: Uint8Array): SparseWeights {
  const magic = String.fromCharCode(...bytes.subarray(0, 4));
  if (magic !== MAGIC || bytes[4] !== VERSION || bytes[6] !== TAGS.length) throw new Error('unknown tagger model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(8, true);
  const quantum = view.getFloat32(12, true);
  const T = TAGS.length;
  const buckets = new Uint32Array(count);
  const weights = new Float32Array(count * T);
  let at = HEADER;
  const varint = () => {
    let value = 0;
    for (let factor = 1; ; factor *= 128) {
      const byte = bytes[at++]!;
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
    }
  };
  let bucket = 0;
  for (let n = 0; n < count; n++) {
    bucket += varint();
    buckets[n] = bucket;
    const mask = bytes[at++]!;
    for (let t = 0; t < T; t++) {
      if (!(mask & (1 << t))) continue;
      const z = varint();
      weights[n * T + t] = (z % 2 === 1 ? -(z + 1) / 2 : z / 2) * quantum;
    }
  }
  return { bits: bytes[5]!, buckets, weights };
}

/**
 * Looks a hashed feature up in an open-addressing table of the stored buckets (twice as many slots as buckets, so a
 * look-up mostly probes once or twice) and adds its weights.
 */
export function sparseAdder({ bits, buckets, weights }: SparseWeights): AddWeights {
  const mask = (1 << bits) - 1;
  const T = TAGS.length;
  let slotBits = 0;
  while (1 << slotBits < buckets.length * 2) slotBits++;
  const size = 1 << slotBits;
  const slotMask = size - 1;
  // Slot → stored index + 1; 0 is an empty slot.
  const slots = new Int32Array(size);
  const keys = new Int32Array(size);
  // Fibonacci hashing: the top bits of bucket × 2^32/φ spread the buckets over the slots.
  const slotOf = (bucket: number) => Math.imul(bucket, 0x9e3779b1) >>> (32 - slotBits);
  buckets.forEach((bucket, index) => {
    let slot = slotOf(bucket) & slotMask;
    while (slots[slot] !== 0) slot = (slot + 1) & slotMask;
    slots[slot] = index + 1;
    keys[slot] = bucket;
  });
  return (hash, scores) => {
    const bucket = hash & mask;
    for (let slot = slotOf(bucket) & slotMask; ; slot = (slot + 1) & slotMask) {
      const found = slots[slot]!;
      if (found === 0) return;
      if (keys[slot] === bucket) {
        const at = (found - 1) * T;
        for (let t = 0; t < T; t++) scores[t]! += weights[at + t]!;
        return;
      }
    }
  };
}

/** Base64 → bytes, with the runtime's atob (Node 16+ and every browser). */
export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
