import { Action, Field, GetOGResponse, ImageData, type Images } from '../../rest/wire/og.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';

export const AttachmentActionRef = builder.objectRef<Action>('AttachmentAction').implement({
  description: 'A button or choice offered with an attachment.',
  fields: (t) => ({
    ...wireFields(t, Action, {
      name: 'The action name sent back when chosen.',
      text: 'The label shown.',
      type: 'button or select.',
      style: 'How it is drawn (primary, default...).',
      value: 'The value sent back when chosen.',
    }),
  }),
});

export const AttachmentFieldRef = builder.objectRef<Field>('AttachmentField').implement({
  description: 'A titled value shown in an attachment.',
  fields: (t) => ({
    ...wireFields(t, Field, {
      title: 'The label.',
      value: 'The value.',
      short: 'Whether it fits beside another field.',
    }),
  }),
});

export const GiphyImageRef = builder.objectRef<ImageData>('GiphyImage').implement({
  description: 'One rendition of a Giphy image.',
  fields: (t) => ({
    ...wireFields(t, ImageData, {
      url: 'Where the rendition is served.',
      width: 'Width in pixels, as Giphy gives it.',
      height: 'Height in pixels, as Giphy gives it.',
      size: 'Size in bytes, as Giphy gives it.',
      frames: 'Number of frames, as Giphy gives it.',
    }),
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
    ...wireFields(t, GetOGResponse, {
      type: 'What the URL points to: article, image, video, audio...',
      title: 'The page title.',
      titleLink: 'Where the title links to.',
      text: 'The description.',
      pretext: 'Text shown above the attachment.',
      fallback: 'Plain text for clients that cannot draw it.',
      color: 'An accent colour.',
      footer: 'Footer text.',
      footerIcon: 'Footer icon URL.',
      authorName: 'The site or author.',
      authorLink: 'Link to the site or author.',
      authorIcon: 'The site or author icon.',
      imageUrl: 'The preview image.',
      thumbUrl: 'A small preview image.',
      assetUrl: 'The video or audio itself.',
      ogScrapeUrl: 'The URL that was scraped.',
      originalWidth: 'Width of the original image.',
      originalHeight: 'Height of the original image.',
    }),
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
    ...wireFields(t, GetOGResponse, { custom: 'Custom data of the attachment.' }),
  }),
});
