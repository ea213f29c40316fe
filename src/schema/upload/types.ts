import type { ImageSize } from '../../rest/wire/uploads.js';
import { builder } from '../../graphql/builder.js';

export const ImageSizeRef = builder.objectRef<ImageSize>('ImageSize').implement({
  description: 'A resized copy Stream makes of an uploaded image.',
  fields: (t) => ({
    width: t.exposeInt('width', { nullable: true, description: 'Width in pixels.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Height in pixels.' }),
    resize: t.exposeString('resize', { nullable: true, description: 'How it is resized: clip, crop, scale or fill.' }),
    crop: t.exposeString('crop', {
      nullable: true,
      description: 'Which part is kept when cropping: top, bottom, left, right or center.',
    }),
  }),
});
