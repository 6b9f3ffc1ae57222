// Real UN/LOCODEs of the ports and airports goods come from, by country of export.

export const SEA_PORTS: Readonly<Record<string, readonly string[]>> = {
  VN: ['VNSGN', 'VNHPH', 'VNCMT', 'VNDAD', 'VNVUT'],
  CN: ['CNSHA', 'CNNGB', 'CNTAO', 'CNYTN', 'CNTXG', 'CNDLC'],
  JP: ['JPTYO', 'JPYOK', 'JPOSA', 'JPKOB', 'JPNGO'],
  US: ['USLAX', 'USLGB', 'USOAK', 'USSEA', 'USTIW'],
  DE: ['DEHAM', 'DEBRV'],
  NL: ['NLRTM'],
  TW: ['TWKHH', 'TWKEL'],
  BD: ['BDCGP'],
  ID: ['IDTPP', 'IDSUB'],
  IT: ['ITGOA', 'ITSPE'],
  AU: ['AUMEL', 'AUSYD', 'AUBNE', 'AUFRE'],
  NZ: ['NZAKL', 'NZTRG'],
  ES: ['ESVLC', 'ESBCN', 'ESALG'],
  CL: ['CLSAI', 'CLVAP'],
  FR: ['FRLEH', 'FRFOS'],
  CA: ['CAVAN', 'CAPRR'],
  BR: ['BRSSZ', 'BRPNG'],
  PH: ['PHMNL', 'PHDVO'],
  CH: ['NLRTM', 'DEHAM'], // Swiss sea cargo leaves through Rotterdam or Hamburg
  MY: ['MYPKG', 'MYTPP'],
  TH: ['THLCH', 'THBKK'],
  NO: ['NOOSL', 'NOAES'],
  RU: ['RUVVO', 'RUNJK'],
};

export const AIRPORTS: Readonly<Record<string, readonly string[]>> = {
  VN: ['VNSGN', 'VNHAN'],
  CN: ['CNSHA', 'CNBJS', 'CNCAN'],
  JP: ['JPTYO', 'JPOSA'],
  US: ['USLAX', 'USNYC', 'USSFO', 'USANC', 'USORD'],
  DE: ['DEFRA', 'DEMUC'],
  NL: ['NLAMS'],
  TW: ['TWTPE'],
  BD: ['BDDAC'],
  ID: ['IDJKT'],
  IT: ['ITMIL', 'ITROM'],
  AU: ['AUSYD', 'AUMEL'],
  NZ: ['NZAKL'],
  ES: ['ESMAD'],
  CL: ['CLSCL'],
  FR: ['FRPAR'],
  CA: ['CAYVR', 'CAYYZ'],
  BR: ['BRSAO'],
  PH: ['PHMNL'],
  CH: ['CHZRH', 'CHGVA'],
  MY: ['MYKUL'],
  TH: ['THBKK'],
  NO: ['NOOSL'],
  RU: ['RUMOW'],
};

/** Where a lorry bound for Dover is loaded, by the consignor's country. */
export const ROAD_LOADING_PLACES: Readonly<Record<string, readonly string[]>> = {
  FR: ['FRPAR', 'FRLIL', 'FRLYS', 'FRRNS'],
  NL: ['NLRTM', 'NLVEN', 'NLAMS', 'NLEIN'],
  BE: ['BEANR', 'BEBRU', 'BEGNE'],
  DE: ['DEDUS', 'DECGN', 'DEFRA', 'DEMUC', 'DEHAM'],
  ES: ['ESMAD', 'ESVLC', 'ESBCN', 'ESMUR'],
  IT: ['ITMIL', 'ITTRN', 'ITBLQ', 'ITVRN'],
  PL: ['PLWAW', 'PLPOZ', 'PLWRO', 'PLLOD'],
  CZ: ['CZPRG', 'CZBRQ'],
  SK: ['SKBTS'],
  PT: ['PTOPO', 'PTLIS'],
  LT: ['LTKUN', 'LTVNO'],
  SE: ['SEGOT', 'SEMMA'],
  CH: ['CHBSL', 'CHZRH'],
};

export const BUSAN = 'KRPUS';
export const INCHEON = 'KRINC';
export const DOVER = 'GBDOV';
