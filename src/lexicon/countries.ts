// Countries as the news names them: country names and abbreviations, demonyms, and places that settle
// a country (US states, provinces, major cities). Values are ISO 3166-1 alpha-2.
// Keys are matched case-sensitively as whole words ("US", "Japanese", "Osaka"), after the text has
// dropped dots ("U.S." → "US") and a trailing "-based" ("Osaka-based").

/** Country names, short forms and demonyms. */
export const COUNTRY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['United States', 'US'], ['US', 'US'], ['USA', 'US'], ['America', 'US'], ['American', 'US'], // "the US retailer"
  ['United Kingdom', 'GB'], ['UK', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'], ['British', 'GB'], // "the UK lender"
  ['England', 'GB'], ['English', 'GB'], ['Scotland', 'GB'], ['Scottish', 'GB'], ['Wales', 'GB'], ['Welsh', 'GB'],
  ['Northern Ireland', 'GB'],
  ['Ireland', 'IE'], ['Irish', 'IE'],
  ['Canada', 'CA'], ['Canadian', 'CA'],
  ['Mexico', 'MX'], ['Mexican', 'MX'],
  ['Brazil', 'BR'], ['Brazilian', 'BR'], ['Argentina', 'AR'], ['Argentinian', 'AR'], ['Argentine', 'AR'],
  ['Chile', 'CL'], ['Chilean', 'CL'], ['Colombia', 'CO'], ['Colombian', 'CO'], ['Peru', 'PE'], ['Peruvian', 'PE'],
  ['Ecuador', 'EC'], ['Ecuadorian', 'EC'], ['Ecuadorean', 'EC'], ['Venezuela', 'VE'], ['Venezuelan', 'VE'],
  ['France', 'FR'], ['French', 'FR'], ['Germany', 'DE'], ['German', 'DE'], ['Italy', 'IT'], ['Italian', 'IT'],
  ['Spain', 'ES'], ['Spanish', 'ES'], ['Portugal', 'PT'], ['Portuguese', 'PT'],
  ['Netherlands', 'NL'], ['Dutch', 'NL'], ['Holland', 'NL'], ['Belgium', 'BE'], ['Belgian', 'BE'],
  ['Luxembourg', 'LU'], ['Switzerland', 'CH'], ['Swiss', 'CH'], ['Austria', 'AT'], ['Austrian', 'AT'],
  ['Sweden', 'SE'], ['Swedish', 'SE'], ['Norway', 'NO'], ['Norwegian', 'NO'], ['Denmark', 'DK'], ['Danish', 'DK'],
  ['Finland', 'FI'], ['Finnish', 'FI'], ['Iceland', 'IS'], ['Icelandic', 'IS'],
  ['Poland', 'PL'], ['Polish', 'PL'], ['Czech Republic', 'CZ'], ['Czech', 'CZ'], ['Slovakia', 'SK'], ['Slovak', 'SK'],
  ['Hungary', 'HU'], ['Hungarian', 'HU'], ['Romania', 'RO'], ['Romanian', 'RO'], ['Bulgaria', 'BG'], ['Bulgarian', 'BG'],
  ['Greece', 'GR'], ['Greek', 'GR'], ['Cyprus', 'CY'], ['Malta', 'MT'], ['Croatia', 'HR'], ['Croatian', 'HR'],
  ['Serbia', 'RS'], ['Serbian', 'RS'], ['Slovenia', 'SI'], ['Estonia', 'EE'], ['Estonian', 'EE'],
  ['Latvia', 'LV'], ['Latvian', 'LV'], ['Lithuania', 'LT'], ['Lithuanian', 'LT'],
  ['Ukraine', 'UA'], ['Ukrainian', 'UA'], ['Russia', 'RU'], ['Russian', 'RU'], ['Belarus', 'BY'], ['Belarusian', 'BY'],
  ['Turkey', 'TR'], ['Turkish', 'TR'], ['Israel', 'IL'], ['Israeli', 'IL'], ['Iran', 'IR'], ['Iranian', 'IR'],
  ['Iraq', 'IQ'], ['Iraqi', 'IQ'], ['Saudi Arabia', 'SA'], ['Saudi', 'SA'], ['Saudi Arabian', 'SA'], ['UAE', 'AE'],
  ['United Arab Emirates', 'AE'], ['Emirati', 'AE'], ['Qatar', 'QA'], ['Qatari', 'QA'], ['Egypt', 'EG'], ['Egyptian', 'EG'],
  ['South Africa', 'ZA'], ['South African', 'ZA'], ['Nigeria', 'NG'], ['Nigerian', 'NG'], ['Kenya', 'KE'], ['Kenyan', 'KE'],
  ['India', 'IN'], ['Indian', 'IN'], ['Pakistan', 'PK'], ['Pakistani', 'PK'], ['Bangladesh', 'BD'], ['Bangladeshi', 'BD'],
  ['Sri Lanka', 'LK'], ['China', 'CN'], ['Chinese', 'CN'], ['Hong Kong', 'HK'], ['Taiwan', 'TW'], ['Taiwanese', 'TW'],
  ['Japan', 'JP'], ['Japanese', 'JP'], ['South Korea', 'KR'], ['South Korean', 'KR'], ['Korea', 'KR'], ['Korean', 'KR'],
  ['North Korea', 'KP'], ['North Korean', 'KP'],
  ['Singapore', 'SG'], ['Singaporean', 'SG'], ['Malaysia', 'MY'], ['Malaysian', 'MY'], ['Indonesia', 'ID'],
  ['Indonesian', 'ID'], ['Thailand', 'TH'], ['Thai', 'TH'], ['Vietnam', 'VN'], ['Vietnamese', 'VN'],
  ['Philippines', 'PH'], ['Philippine', 'PH'], ['Filipino', 'PH'],
  ['Australia', 'AU'], ['Australian', 'AU'], ['New Zealand', 'NZ'],
];

/** US states, Canadian provinces and big cities that name a country on their own ("Osaka-based"). */
export const PLACE_WORDS: ReadonlyArray<readonly [string, string]> = [
  // US states
  ...['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
    'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
    'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
    'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
    'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
    'Vermont', 'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'Silicon Valley',
    // US cities
    'Atlanta', 'Boston', 'Chicago', 'Dallas', 'Houston', 'Los Angeles', 'Miami', 'Nashville', 'Philadelphia',
    'Phoenix', 'Pittsburgh', 'San Antonio', 'San Diego', 'San Francisco', 'San Jose', 'Seattle', 'Denver',
    'Detroit', 'Minneapolis', 'Baltimore', 'Cleveland', 'Columbus', 'Charlotte', 'Austin', 'Tampa', 'Orlando',
    'Sacramento', 'Portland', 'Cincinnati', 'Indianapolis', 'Milwaukee', 'Salt Lake City', 'Las Vegas',
    'Washington, DC', 'Washington DC', 'St. Louis', 'St Louis', 'Kansas City', 'Memphis', 'Omaha'].map((p) => [p, 'US'] as const),
  // Canada
  ...['Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
    'Newfoundland and Labrador', 'Newfoundland', 'Prince Edward Island',
    'Toronto', 'Montreal', 'Vancouver', 'Ottawa', 'Calgary', 'Edmonton', 'Winnipeg'].map((p) => [p, 'CA'] as const),
  // UK
  ...['London', 'Manchester', 'Birmingham', 'Leeds', 'Liverpool', 'Glasgow', 'Edinburgh', 'Bristol', 'Cardiff',
    'Belfast', 'Sheffield', 'Newcastle', 'Nottingham', 'Leicester', 'Luton', 'Southampton', 'Reading', 'Oxford',
    'Cambridge'].map((p) => [p, 'GB'] as const),
  ['Dublin', 'IE'], ['Cork', 'IE'], ['Galway', 'IE'], ['Limerick', 'IE'], ['Paris', 'FR'], ['Lyon', 'FR'], ['Berlin', 'DE'], ['Munich', 'DE'], ['Frankfurt', 'DE'],
  ['Hamburg', 'DE'], ['Madrid', 'ES'], ['Barcelona', 'ES'], ['Rome', 'IT'], ['Milan', 'IT'], ['Amsterdam', 'NL'],
  ['Rotterdam', 'NL'], ['Brussels', 'BE'], ['Zurich', 'CH'], ['Geneva', 'CH'], ['Vienna', 'AT'], ['Stockholm', 'SE'],
  ['Oslo', 'NO'], ['Copenhagen', 'DK'], ['Helsinki', 'FI'], ['Warsaw', 'PL'], ['Prague', 'CZ'], ['Moscow', 'RU'],
  ['St Petersburg', 'RU'], ['Kiev', 'UA'], ['Kyiv', 'UA'], ['Istanbul', 'TR'], ['Tel Aviv', 'IL'], ['Jerusalem', 'IL'],
  ['Dubai', 'AE'], ['Abu Dhabi', 'AE'], ['Riyadh', 'SA'], ['Mumbai', 'IN'], ['Bangalore', 'IN'], ['Bengaluru', 'IN'],
  ['New Delhi', 'IN'], ['Delhi', 'IN'], ['Hyderabad', 'IN'], ['Chennai', 'IN'], ['Beijing', 'CN'], ['Shanghai', 'CN'],
  ['Shenzhen', 'CN'], ['Hangzhou', 'CN'], ['Taipei', 'TW'], ['Tokyo', 'JP'], ['Osaka', 'JP'], ['Kyoto', 'JP'],
  ['Seoul', 'KR'], ['Kuala Lumpur', 'MY'], ['Jakarta', 'ID'], ['Bangkok', 'TH'], ['Manila', 'PH'],
  ['Sydney', 'AU'], ['Melbourne', 'AU'], ['Brisbane', 'AU'], ['Perth', 'AU'], ['Adelaide', 'AU'], ['Canberra', 'AU'],
  ['Auckland', 'NZ'], ['Wellington', 'NZ'], ['Johannesburg', 'ZA'], ['Cape Town', 'ZA'], ['Lagos', 'NG'],
  ['Nairobi', 'KE'], ['Cairo', 'EG'], ['Sao Paulo', 'BR'], ['São Paulo', 'BR'], ['Rio de Janeiro', 'BR'],
  ['Mexico City', 'MX'], ['Buenos Aires', 'AR'], ['Quito', 'EC'], ['Bogota', 'CO'], ['Lima', 'PE'], ['Santiago', 'CL'],
];

/** National authorities whose involvement places an incident in their country ("reported to the ICO"). */
export const AUTHORITY_COUNTRY: ReadonlyArray<readonly [string, string]> = [
  ['ICO', 'GB'], ['Information Commissioner', 'GB'], ['NCSC', 'GB'], ['Action Fraud', 'GB'], ['NHS', 'GB'],
  ['Scotland Yard', 'GB'], ['Metropolitan Police', 'GB'], ['National Crime Agency', 'GB'], ['FTSE', 'GB'],
  ['FBI', 'US'], ['SEC', 'US'], ['FTC', 'US'], ['HHS', 'US'], ['HIPAA', 'US'], ['Department of Homeland Security', 'US'],
  ['Secret Service', 'US'], ['NYSE', 'US'], ['Nasdaq', 'US'], ['attorney general', 'US'], ['Attorney General', 'US'],
  ['Social Security', 'US'],
  ['Securities and Exchange Commission', 'US'], ['Federal Trade Commission', 'US'], // "the lender told the Securities and Exchange Commission"
  ['Department of Health and Human Services', 'US'], ['Federal Bureau of Investigation', 'US'],
  ['CISA', 'US'], ['Cybersecurity and Infrastructure Security Agency', 'US'],
  ['ASX', 'AU'], ['OAIC', 'AU'], ['Australian Cyber Security Centre', 'AU'],
  ['Privacy Commissioner of Canada', 'CA'], ['RCMP', 'CA'], ['Information Regulator', 'ZA'], ['POPIA', 'ZA'],
  ['Office of the Australian Information Commissioner', 'AU'], ['GCSB', 'NZ'], ['CERT NZ', 'NZ'],
  ['Garda', 'IE'], ['Gardai', 'IE'], ['Garda Síochána', 'IE'], ['Data Protection Commission', 'IE'], ['HSE', 'IE'],
  ['CNIL', 'FR'], ['BSI', 'DE'], ['Dutch Data Protection Authority', 'NL'],
  ['Personal Information Protection Commission', 'JP'], ['Tokyo Stock Exchange', 'JP'],
];
