import { ImageSize } from '../../rest/wire/uploads.js';
import { builder } from '../../graphql/builder.js';
import { wireFields } from '../../graphql/wireFields.js';

export const ImageSizeRef = builder.objectRef<ImageSize>('ImageSize').implement({
  description: 'A resized copy Stream makes of an uploaded image.',
  fields: (t) => ({
    ...wireFields(t, ImageSize, {
      width: 'Width in pixels.',
      height: 'Height in pixels.',
      resize: 'How it is resized: clip, crop, scale or fill.',
      crop: 'Which part is kept when cropping: top, bottom, left, right or center.',
    }),
  }),
});
