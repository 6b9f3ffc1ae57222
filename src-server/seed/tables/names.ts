// Word lists for invented trader names. Combinations are generated; any likeness to a real
// company is accidental (NOTICE says so). Cities and streets are real places.

export type Bilingual = readonly [local: string, english: string];

export const KR_STEMS: readonly Bilingual[] = [
  ['한빛', 'Hanbit'],
  ['새벽별', 'Saebyeokbyeol'],
  ['푸른솔', 'Pureunsol'],
  ['은하수', 'Eunhasu'],
  ['다온', 'Daon'],
  ['가람', 'Garam'],
  ['누리솔', 'Nurisol'],
  ['별빛', 'Byeolbit'],
  ['미르내', 'Mireunae'],
  ['해솔', 'Haesol'],
  ['라온길', 'Raongil'],
  ['초록여울', 'Choroggyeoul'],
  ['하람', 'Haram'],
  ['단비나래', 'Danbinarae'],
  ['온새미', 'Onsaemi'],
  ['늘봄', 'Neulbom'],
];

export const KR_SECTORS: readonly Bilingual[] = [
  ['수산', 'Seafood'],
  ['푸드', 'Foods'],
  ['상사', 'Trading'],
  ['무역', 'Trade'],
  ['테크', 'Tech'],
  ['산업', 'Industries'],
  ['유통', 'Distribution'],
  ['케미칼', 'Chemical'],
];

export const KR_ADDRESSES: readonly string[] = [
  '부산광역시 중구 중앙대로',
  '부산광역시 강서구 녹산산단로',
  '부산광역시 사하구 다대로',
  '인천광역시 중구 공항로',
  '인천광역시 연수구 인천신항대로',
  '서울특별시 강남구 테헤란로',
  '서울특별시 구로구 디지털로',
  '경기도 평택시 포승읍 평택항로',
  '경기도 김포시 고촌읍 아라육로',
  '경상남도 창원시 성산구 공단로',
  '대구광역시 달서구 성서공단로',
  '경기도 이천시 부발읍 경충대로',
];

export const EN_STEMS: readonly string[] = [
  'Silver Heron',
  'Jade Lantern',
  'Northwind Reed',
  'Blue Delta',
  'Red Kite Valley',
  'Golden Reed',
  'Lotus Bay',
  'Maple Crest',
  'Coral Gate',
  'Stonebridge Mill',
  'Sunward',
  'Tidewater Lane',
  'Amber Field',
  'Clearwater Forge',
  'Bright Harbour',
  'Evergreen Loom',
  'Quiet Harbour',
  'Copperleaf',
];

export const EN_SECTORS: readonly string[] = [
  'Trading',
  'Foods',
  'Industries',
  'Exports',
  'Manufacturing',
  'Supplies',
  'Components',
];

export const VN_STEMS: readonly string[] = [
  'Sao Biển Xanh',
  'Hoa Sen Vàng',
  'Mê Kông Ngọc',
  'Ánh Dương Mới',
  'Phương Nam Lam',
  'Cửu Long Tươi',
  'Ngọc Trai Đỏ',
  'Hải Âu Bạc',
];

export const VN_SECTORS: readonly Bilingual[] = [
  ['Thủy sản', 'Seafood'],
  ['Nông sản', 'Agricultural Products'],
  ['Mật ong', 'Honey'],
  ['Xuất nhập khẩu', 'Import Export'],
];

/** Legal-form suffix and real cities, per country of the foreign party. */
export const FOREIGN_STYLE: Readonly<Record<string, { suffix: string; cities: readonly string[] }>> = {
  VN: {
    suffix: 'Co., Ltd.',
    cities: ['Cà Mau', 'Cần Thơ', 'Hồ Chí Minh City', 'Hải Phòng', 'Nha Trang', 'Bến Tre'],
  },
  CN: { suffix: 'Co., Ltd.', cities: ['Shanghai', 'Ningbo', 'Qingdao', 'Shenzhen', 'Tianjin', 'Dalian'] },
  JP: { suffix: 'K.K.', cities: ['Tokyo', 'Yokohama', 'Osaka', 'Kobe', 'Nagoya'] },
  US: { suffix: 'Inc.', cities: ['Los Angeles', 'Seattle', 'Oakland', 'Chicago', 'Houston'] },
  DE: { suffix: 'GmbH', cities: ['Hamburg', 'Bremen', 'Düsseldorf', 'Köln', 'München', 'Stuttgart'] },
  NL: { suffix: 'B.V.', cities: ['Rotterdam', 'Venlo', 'Amsterdam', 'Eindhoven'] },
  BE: { suffix: 'NV', cities: ['Antwerpen', 'Brussel', 'Gent'] },
  FR: { suffix: 'SAS', cities: ['Paris', 'Lille', 'Lyon', 'Rennes', 'Le Havre'] },
  IT: { suffix: 'S.r.l.', cities: ['Milano', 'Torino', 'Bologna', 'Verona', 'Genova'] },
  ES: { suffix: 'S.L.', cities: ['Madrid', 'Valencia', 'Barcelona', 'Murcia'] },
  PT: { suffix: 'Lda.', cities: ['Porto', 'Lisboa'] },
  PL: { suffix: 'Sp. z o.o.', cities: ['Warszawa', 'Poznań', 'Wrocław', 'Łódź'] },
  CZ: { suffix: 's.r.o.', cities: ['Praha', 'Brno'] },
  SK: { suffix: 's.r.o.', cities: ['Bratislava'] },
  LT: { suffix: 'UAB', cities: ['Kaunas', 'Vilnius'] },
  SE: { suffix: 'AB', cities: ['Göteborg', 'Malmö'] },
  CH: { suffix: 'AG', cities: ['Basel', 'Zürich', 'Genève'] },
  TR: { suffix: 'A.Ş.', cities: ['İstanbul', 'İzmir', 'Bursa'] },
  MA: { suffix: 'SARL', cities: ['Tanger', 'Casablanca', 'Agadir'] },
  TW: { suffix: 'Co., Ltd.', cities: ['Taipei', 'Kaohsiung', 'Taichung'] },
  BD: { suffix: 'Ltd.', cities: ['Chattogram', 'Dhaka'] },
  ID: { suffix: 'PT', cities: ['Jakarta', 'Surabaya'] },
  AU: { suffix: 'Pty Ltd', cities: ['Melbourne', 'Sydney', 'Brisbane', 'Perth'] },
  NZ: { suffix: 'Ltd', cities: ['Auckland', 'Tauranga'] },
  CL: { suffix: 'SpA', cities: ['Santiago', 'Valparaíso', 'Rancagua'] },
  CA: { suffix: 'Inc.', cities: ['Vancouver', 'Toronto', 'Prince Rupert'] },
  BR: { suffix: 'Ltda.', cities: ['Santos', 'São Paulo', 'Paranaguá'] },
  PH: { suffix: 'Inc.', cities: ['Manila', 'Davao'] },
  MY: { suffix: 'Sdn. Bhd.', cities: ['Port Klang', 'Johor Bahru'] },
  TH: { suffix: 'Co., Ltd.', cities: ['Bangkok', 'Chonburi'] },
  NO: { suffix: 'AS', cities: ['Ålesund', 'Bergen', 'Oslo'] },
  RU: { suffix: 'OOO', cities: ['Vladivostok', 'Nakhodka'] },
};

export const UK_PLACES: readonly string[] = [
  'Dover, Kent',
  'Ashford, Kent',
  'Maidstone, Kent',
  'Daventry, Northamptonshire',
  'Birmingham',
  'Manchester',
  'Leeds',
  'Bristol',
  'Milton Keynes',
  'Peterborough',
];

export const STREETS_EN: readonly string[] = [
  'Harbour Road',
  'Station Street',
  'Mill Lane',
  'Commerce Way',
  'Riverside Park',
  'Enterprise Drive',
  'Dock Street',
];
