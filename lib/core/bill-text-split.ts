import { mentionsAmount } from './bill-text-amount';
import { mentionsDate } from './bill-text-date';
import { SENDER_TAG } from './bill-text-lender';
import { skipReason } from './bill-text-skip';
import { toHalfWidth } from './money';

/** Pastes longer than this are cut: a few dozen messages fit many times over. */
export const MAX_TEXT_LENGTH = 50_000;

/** Full-width digits and punctuation to ASCII, one kind of newline, no invisible characters. */
export function normalizeBillText(text: string): string {
  return toHalfWidth(text.slice(0, MAX_TEXT_LENGTH))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f]/g, ' ');
}

// A bracketed app name mid-sentence ("登录【掌上生活】App还款") is not a new sender.
const APP_BEFORE = /(?:通过|登录|登陆|打开|使用|下载|关注|搜索|进入|前往|访问|点击|至|到|在|用|的)\s*$/;
const APP_AFTER = /^\s*(?:app|APP|App|客户端|小程序|公众号|微信|页面|官网)/;

interface Piece {
  text: string;
  /** Starts with a sender tag: a message of its own. */
  opens: boolean;
  /** Ends with a sender tag after its text (a signature): whatever follows is another message. */
  closes: boolean;
  hasAmount: boolean;
  hasDate: boolean;
}

function senderTagSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const match of line.matchAll(SENDER_TAG)) {
    const start = match.index;
    const end = start + match[0].length;
    if (APP_BEFORE.test(line.slice(Math.max(0, start - 4), start)) || APP_AFTER.test(line.slice(end, end + 8))) continue;
    spans.push([start, end]);
  }
  return spans;
}

/** Cuts a line before each sender tag, or after each when the line signs off with tags instead. */
function cutAtTags(line: string): string[] {
  const spans = senderTagSpans(line);
  const trimmed = line.trimEnd();
  const signedAtEnd = spans.length > 0 && spans[0]?.[0] !== 0 && spans.at(-1)?.[1] === trimmed.length;
  const cuts = spans.map(([start, end]) => (signedAtEnd ? end : start)).filter((cut) => cut > 0 && cut < trimmed.length);
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(line.slice(from, cut));
    from = cut;
  }
  pieces.push(line.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}

function toPiece(text: string): Piece {
  const spans = senderTagSpans(text);
  const opens = spans[0]?.[0] === 0;
  const closes = spans.length > 0 && spans.at(-1)?.[1] === text.length && !(opens && spans.length === 1);
  return { text, opens, closes, hasAmount: mentionsAmount(text), hasDate: mentionsDate(text) };
}

const isComplete = (piece: Piece | undefined) => piece?.hasAmount === true && piece.hasDate;

/**
 * The messages in a paste. Blank lines always separate; a line or a run-together text is cut at
 * each sender tag. A piece without a tag of its own continues the message before it when that
 * message still lacks an amount or a date (wrapped over lines), or when the piece lacks one and is
 * no code, parcel, confirmation or advert itself (a trailing "最低还款100元" or "回复TD退订").
 */
export function splitMessages(text: string): string[] {
  const messages: string[] = [];
  for (const block of normalizeBillText(text).split(/\n\s*\n/)) {
    let last: Piece | undefined;
    for (const piece of block.split('\n').flatMap(cutAtTags).map(toPiece)) {
      const continues = !piece.opens && !last?.closes && (!isComplete(last) || (!isComplete(piece) && skipReason(piece.text) === null));
      if (last && continues) {
        last.text += `\n${piece.text}`;
        last.closes = piece.closes;
        last.hasAmount ||= piece.hasAmount;
        last.hasDate ||= piece.hasDate;
        messages[messages.length - 1] = last.text;
      } else {
        last = piece;
        messages.push(piece.text);
      }
    }
  }
  return messages;
}
