import type { Action, Field, GetOGResponse, ImageData, Images } from '../../rest/wire/og.js';
import { builder } from '../../graphql/builder.js';

export const AttachmentActionRef = builder.objectRef<Action>('AttachmentAction').implement({
  description: 'A button or choice offered with an attachment.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The action name sent back when chosen.' }),
    text: t.exposeString('text', { description: 'The label shown.' }),
    type: t.exposeString('type', { description: 'button or select.' }),
    style: t.exposeString('style', { nullable: true, description: 'How it is drawn (primary, default...).' }),
    value: t.exposeString('value', { nullable: true, description: 'The value sent back when chosen.' }),
  }),
});

export const AttachmentFieldRef = builder.objectRef<Field>('AttachmentField').implement({
  description: 'A titled value shown in an attachment.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The label.' }),
    value: t.exposeString('value', { description: 'The value.' }),
    short: t.exposeBoolean('short', { description: 'Whether it fits beside another field.' }),
  }),
});

export const GiphyImageRef = builder.objectRef<ImageData>('GiphyImage').implement({
  description: 'One rendition of a Giphy image.',
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where the rendition is served.' }),
    width: t.exposeString('width', { description: 'Width in pixels, as Giphy gives it.' }),
    height: t.exposeString('height', { description: 'Height in pixels, as Giphy gives it.' }),
    size: t.exposeString('size', { description: 'Size in bytes, as Giphy gives it.' }),
    frames: t.exposeString('frames', { description: 'Number of frames, as Giphy gives it.' }),
  }),
});

export const GiphyImagesRef = builder.objectRef<Images>('GiphyImages').implement({
  description: 'The renditions Giphy offers of an image.',
  fields: (t) => ({
    original: t.expose('original', { type: GiphyImageRef, description: 'The original.' }),
    fixedHeight: t.expose('fixed_height', { type: GiphyImageRef, description: 'Fixed height.' }),
    fixedHeightDownsampled: t.expose('fixed_height_downsampled', {
      type: GiphyImageRef,
      description: 'Fixed height, fewer frames.',
    }),
    fixedHeightStill: t.expose('fixed_height_still', {
      type: GiphyImageRef,
      description: 'Fixed height, still frame.',
    }),
    fixedWidth: t.expose('fixed_width', { type: GiphyImageRef, description: 'Fixed width.' }),
    fixedWidthDownsampled: t.expose('fixed_width_downsampled', {
      type: GiphyImageRef,
      description: 'Fixed width, fewer frames.',
    }),
    fixedWidthStill: t.expose('fixed_width_still', { type: GiphyImageRef, description: 'Fixed width, still frame.' }),
  }),
});

export const OpenGraphRef = builder.objectRef<GetOGResponse>('OpenGraph').implement({
  description: 'The preview Stream scraped from a URL, as a message attachment.',
  fields: (t) => ({
    type: t.exposeString('type', {
      nullable: true,
      description: 'What the URL points to: article, image, video, audio...',
    }),
    title: t.exposeString('title', { nullable: true, description: 'The page title.' }),
    titleLink: t.exposeString('title_link', { nullable: true, description: 'Where the title links to.' }),
    text: t.exposeString('text', { nullable: true, description: 'The description.' }),
    pretext: t.exposeString('pretext', { nullable: true, description: 'Text shown above the attachment.' }),
    fallback: t.exposeString('fallback', {
      nullable: true,
      description: 'Plain text for clients that cannot draw it.',
    }),
    color: t.exposeString('color', { nullable: true, description: 'An accent colour.' }),
    footer: t.exposeString('footer', { nullable: true, description: 'Footer text.' }),
    footerIcon: t.exposeString('footer_icon', { nullable: true, description: 'Footer icon URL.' }),
    authorName: t.exposeString('author_name', { nullable: true, description: 'The site or author.' }),
    authorLink: t.exposeString('author_link', { nullable: true, description: 'Link to the site or author.' }),
    authorIcon: t.exposeString('author_icon', { nullable: true, description: 'The site or author icon.' }),
    imageUrl: t.exposeString('image_url', { nullable: true, description: 'The preview image.' }),
    thumbUrl: t.exposeString('thumb_url', { nullable: true, description: 'A small preview image.' }),
    assetUrl: t.exposeString('asset_url', { nullable: true, description: 'The video or audio itself.' }),
    ogScrapeUrl: t.exposeString('og_scrape_url', { nullable: true, description: 'The URL that was scraped.' }),
    originalWidth: t.exposeInt('original_width', { nullable: true, description: 'Width of the original image.' }),
    originalHeight: t.exposeInt('original_height', { nullable: true, description: 'Height of the original image.' }),
    actions: t.expose('actions', {
      type: [AttachmentActionRef],
      nullable: true,
      description: 'Actions offered with the preview.',
    }),
    fields: t.expose('fields', {
      type: [AttachmentFieldRef],
      nullable: true,
      description: 'Titled values shown with the preview.',
    }),
    giphy: t.expose('giphy', {
      type: GiphyImagesRef,
      nullable: true,
      description: 'Giphy renditions, for Giphy links.',
    }),
    custom: t.expose('custom', { type: 'JSONObject', description: 'Custom data of the attachment.' }),
  }),
});
