import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchPeople } from './match';

const people = [
  { id: 'zs', name: '张三', title: '信息中心主任', department: '信息中心' },
  { id: 'sx', name: '单雄信', title: '财务处处长', department: '财务处' },
  { id: 'lv', name: '吕布', title: '采购员', department: '采购部' },
  { id: 'jose', name: 'José Müller', title: 'Head of IT', department: 'Information Technology' },
  { id: 'anna', name: 'Anna Lee', title: 'Procurement Manager', department: 'Procurement' },
  { id: 'wide', name: 'ＡＢＣ Wang', title: 'Engineer', department: 'Ops' },
];
const index = buildSearchIndex(people);
const find = (typed: string) => searchPeople(index, typed);

describe('finding people as you type', () => {
  it('finds Latin names by any substring, whatever the case', () => {
    expect(find('ann')).toEqual(['anna']);
    expect(find('LEE')).toEqual(['anna']);
    expect(find('  anna   lee ')).toEqual(['anna']);
  });

  it('sets accents aside on both sides', () => {
    expect(find('jose muller')).toEqual(['jose']);
    expect(find('MÜLL')).toEqual(['jose']);
  });

  it('reads full-width letters as the ordinary ones, typed or stored', () => {
    expect(find('abc')).toEqual(['wide']);
    expect(find('ｊｏｓｅ')).toEqual(['jose']);
  });

  it('finds by title and department as well as name', () => {
    expect(find('procurement')).toEqual(['anna']);
    expect(find('head of')).toEqual(['jose']);
    expect(find('财务')).toEqual(['sx']);
    expect(find('主任')).toEqual(['zs']);
  });

  it('finds Chinese names by a substring of the characters', () => {
    expect(find('张')).toEqual(['zs']);
    expect(find('雄信')).toEqual(['sx']);
  });

  it('finds Chinese names by pinyin initials and by full pinyin, spaces or not', () => {
    expect(find('zs')).toEqual(['zs']);
    expect(find('ZS')).toEqual(['zs']);
    expect(find('zhangsan')).toEqual(['zs']);
    expect(find('zhang san')).toEqual(['zs']);
    expect(find('zhangs')).toEqual(['zs']);
  });

  it('reads a surname as a surname (单 is shan) and ü as v', () => {
    expect(find('sxx')).toEqual(['sx']);
    expect(find('shanxiong')).toEqual(['sx']);
    expect(find('lvbu')).toEqual(['lv']);
  });

  it('finds a Chinese department by its pinyin initials', () => {
    expect(find('cgb')).toEqual(['lv']);
  });

  it('finds nobody for blank text or text nobody holds', () => {
    expect(find('')).toEqual([]);
    expect(find('   ')).toEqual([]);
    expect(find('xyzzy')).toEqual([]);
  });
});
