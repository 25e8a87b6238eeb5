// Web and mail addresses in running text: "http://www.stanford.edu/~duffie/", "www.dawn.com", "name@example.org".
// A bare domain counts only in lower case: "Amazon.com" is also how a company writes its name.
const ADDRESS =
  /\b(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?<![\p{L}\p{N}.-])[\p{Ll}\p{N}][\p{Ll}\p{N}-]*(?:\.[\p{Ll}\p{N}-]+)*\.(?:com|org|net|edu|gov|pk|in|uk|io)\b(?:\/[^\s<>"“”]*)?/gu;

/** The [start, end) ranges of the web and mail addresses in a text: no name or number stands inside one. */
export function webAddressRanges(text: string): [number, number][] {
  if (!/[.@]/.test(text)) return [];
  return [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].replace(/[.,;:!?)]+$/, '').length]);
}
