import { accept } from '../validation/checked';
import { checkLocation, coordinateOutsideMexico, isInsideMexicoBox, MEXICO_BBOX } from './geo';

describe('checkLocation', () => {
  it('accepts a point inside Mexico, edges included', () => {
    expect(checkLocation({ lat: 25.6866, lng: -100.3161 })).toEqual(accept({ lat: 25.6866, lng: -100.3161 }));
    const corner = { lat: MEXICO_BBOX.minLat, lng: MEXICO_BBOX.maxLng };
    expect(checkLocation(corner)).toEqual(accept(corner));
  });

  it('refuses an impossible coordinate as its own part', () => {
    expect(checkLocation({ lat: 95, lng: -100 })).toEqual({
      ok: false,
      problem: 'must be between -90 and 90, got 95',
      part: '.lat',
      coordinate: 'lat',
    });
    expect(checkLocation({ lat: 20, lng: Number.NaN })).toMatchObject({ ok: false, part: '.lng', coordinate: 'lng' });
  });

  it('refuses a point just outside the box as a whole, naming the coordinate outside', () => {
    const east = checkLocation({ lat: 20, lng: -86.55 });
    expect(east).toEqual({
      ok: false,
      problem: '(20, -86.55) lies outside Mexico (latitude 14.3..32.8, longitude -118.6..-86.6)',
      coordinate: 'lng',
    });
    expect(checkLocation({ lat: 32.81, lng: -115 })).toMatchObject({ ok: false, coordinate: 'lat' });
    expect(checkLocation({ lat: 40.4, lng: -3.7 })).not.toHaveProperty('part');
  });

  it('isInsideMexicoBox agrees with the rule', () => {
    expect(coordinateOutsideMexico({ lat: 14.29, lng: -92 })).toBe('lat');
    expect(isInsideMexicoBox({ lat: 14.3, lng: -118.6 })).toBe(true);
    expect(isInsideMexicoBox({ lat: 20, lng: -118.61 })).toBe(false);
  });
});
