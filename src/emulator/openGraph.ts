import type { GetOGResponse } from '../rest/wire/og.js';
import { badInput } from './errors.js';

type OpenGraph = Omit<GetOGResponse, 'duration'>;

const IMAGE = /\.(png|jpe?g|gif|webp|avif|bmp|svg)$/i;
const VIDEO = /\.(mp4|mov|webm|m4v|mkv)$/i;
const AUDIO = /\.(mp3|m4a|ogg|wav|flac|aac)$/i;
const VIDEO_HOSTS = new Set(['youtube.com', 'youtu.be', 'vimeo.com', 'twitch.tv']);

/**
 * The Open Graph preview of a URL, made up from the URL alone: the emulator never fetches the
 * page, so the same URL always yields the same preview.
 */
export function openGraphFor(raw: string): OpenGraph {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput('url', 'must be an absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('url', 'must be an http(s) URL');
  const site = url.hostname.replace(/^www\./, '');
  const href = url.toString();
  const lastSegment = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
  const title = lastSegment ? humanize(lastSegment) : site;
  const base = { custom: {}, og_scrape_url: raw, title_link: href, author_name: site, author_link: url.origin };

  if (IMAGE.test(url.pathname)) {
    return {
      ...base,
      type: 'image',
      title,
      image_url: href,
      thumb_url: href,
      original_width: 1200,
      original_height: 630,
    };
  }
  if (VIDEO.test(url.pathname) || VIDEO_HOSTS.has(site)) {
    return {
      ...base,
      type: 'video',
      title,
      text: `Video on ${site}`,
      asset_url: href,
      thumb_url: `${url.origin}/thumbnail.jpg`,
    };
  }
  if (AUDIO.test(url.pathname)) return { ...base, type: 'audio', title, asset_url: href };
  return {
    ...base,
    type: 'article',
    title,
    text: `${title} on ${site}`,
    image_url: `${url.origin}/og-image.png`,
    thumb_url: `${url.origin}/og-image.png`,
    original_width: 1200,
    original_height: 630,
  };
}

function humanize(segment: string): string {
  const words = segment
    .replace(/\.[a-z0-9]+$/i, '')
    .split(/[-_+.\s]+/)
    .filter(Boolean);
  if (words.length === 0) return segment;
  const [first, ...rest] = words;
  return [first!.charAt(0).toUpperCase() + first!.slice(1), ...rest].join(' ');
}
