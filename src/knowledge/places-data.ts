// Capitals, major cities and regions that news text names. Row: [name, country or null, other names].
// Regions are areas that are not countries (provinces, seas, parts of the world); a region
// spanning several countries has country null.

export type PlaceRow = readonly [name: string, country: string | null, aliases?: readonly string[]];

export const CITIES: readonly PlaceRow[] = [
  // China
  ["Beijing", "China", ["Peking"]], ["Shanghai", "China"], ["Guangzhou", "China"], ["Shenzhen", "China"],
  ["Zhuhai", "China"], ["Tianjin", "China"], ["Chongqing", "China"], ["Wuhan", "China"], ["Chengdu", "China"],
  ["Xi'an", "China", ["Xian"]], ["Hangzhou", "China"], ["Nanjing", "China"], ["Harbin", "China"], ["Qingdao", "China"],
  ["Xiamen", "China"], ["Dalian", "China"], ["Kunming", "China"], ["Urumqi", "China"], ["Lhasa", "China"],
  ["Hong Kong", "China"], ["Macau", "China", ["Macao"]], ["Suzhou", "China"], ["Shenyang", "China"],
  ["Changchun", "China"], ["Fuzhou", "China"], ["Nanning", "China"], ["Hohhot", "China"], ["Sanya", "China"],
  ["Taipei", null],
  // Russia
  ["Moscow", "Russia"], ["St. Petersburg", "Russia", ["Saint Petersburg", "St Petersburg"]], ["Sochi", "Russia"],
  ["Vladivostok", "Russia"], ["Kazan", "Russia"], ["Novosibirsk", "Russia"], ["Yekaterinburg", "Russia"],
  ["Khabarovsk", "Russia"], ["Murmansk", "Russia"], ["Kaliningrad", "Russia"], ["Nizhny Novgorod", "Russia"],
  ["Ufa", "Russia"], ["Irkutsk", "Russia"], ["Volgograd", "Russia"], ["Rostov-on-Don", "Russia"], ["Kursk", "Russia"],
  ["Belgorod", "Russia"],
  // United States
  ["Washington", "United States", ["Washington, D.C.", "Washington D.C."]], ["New York", "United States"],
  ["Los Angeles", "United States"], ["San Francisco", "United States"], ["Chicago", "United States"],
  ["Anchorage", "United States"], ["Honolulu", "United States"], ["Boston", "United States"], ["Miami", "United States"],
  ["Seattle", "United States"], ["Houston", "United States"],
  // Asia
  ["Tokyo", "Japan"], ["Osaka", "Japan"], ["Hiroshima", "Japan"], ["Seoul", "South Korea"], ["Busan", "South Korea"],
  ["Pyongyang", "North Korea"], ["Ulaanbaatar", "Mongolia", ["Ulan Bator"]], ["Astana", "Kazakhstan", ["Nur-Sultan"]],
  ["Almaty", "Kazakhstan"], ["Tashkent", "Uzbekistan"], ["Samarkand", "Uzbekistan"], ["Bishkek", "Kyrgyzstan"],
  ["Dushanbe", "Tajikistan"], ["Ashgabat", "Turkmenistan"], ["New Delhi", "India"], ["Delhi", "India"],
  ["Mumbai", "India"], ["Islamabad", "Pakistan"], ["Karachi", "Pakistan"], ["Kabul", "Afghanistan"],
  ["Dhaka", "Bangladesh"], ["Kathmandu", "Nepal"], ["Colombo", "Sri Lanka"], ["Bangkok", "Thailand"],
  ["Hanoi", "Vietnam"], ["Ho Chi Minh City", "Vietnam"], ["Vientiane", "Laos"], ["Phnom Penh", "Cambodia"],
  ["Naypyidaw", "Myanmar", ["Naypyitaw"]], ["Yangon", "Myanmar"], ["Kuala Lumpur", "Malaysia"], ["Jakarta", "Indonesia"],
  ["Bali", "Indonesia"], ["Manila", "Philippines"], ["Singapore", "Singapore"],
  // Middle East
  ["Tehran", "Iran"], ["Baghdad", "Iraq"], ["Damascus", "Syria"], ["Beirut", "Lebanon"], ["Amman", "Jordan"],
  ["Jerusalem", null], ["Tel Aviv", "Israel"], ["Riyadh", "Saudi Arabia"], ["Jeddah", "Saudi Arabia"],
  ["Doha", "Qatar"], ["Abu Dhabi", "United Arab Emirates"], ["Dubai", "United Arab Emirates"], ["Muscat", "Oman"],
  ["Ankara", "Turkey"], ["Istanbul", "Turkey"], ["Cairo", "Egypt"], ["Sanaa", "Yemen"], ["Kuwait City", "Kuwait"],
  ["Manama", "Bahrain"], ["Baku", "Azerbaijan"], ["Yerevan", "Armenia"], ["Tbilisi", "Georgia"],
  // Europe
  ["London", "United Kingdom"], ["Paris", "France"], ["Berlin", "Germany"], ["Munich", "Germany"], ["Rome", "Italy"],
  ["Madrid", "Spain"], ["Lisbon", "Portugal"], ["Brussels", "Belgium"], ["Amsterdam", "Netherlands"],
  ["The Hague", "Netherlands"], ["Geneva", "Switzerland"], ["Bern", "Switzerland"], ["Zurich", "Switzerland"],
  ["Davos", "Switzerland"], ["Vienna", "Austria"], ["Prague", "Czech Republic"], ["Warsaw", "Poland"],
  ["Budapest", "Hungary"], ["Bratislava", "Slovakia"], ["Ljubljana", "Slovenia"], ["Zagreb", "Croatia"],
  ["Belgrade", "Serbia"], ["Bucharest", "Romania"], ["Sofia", "Bulgaria"], ["Athens", "Greece"],
  ["Kyiv", "Ukraine", ["Kiev"]], ["Kharkiv", "Ukraine", ["Kharkov"]], ["Odesa", "Ukraine", ["Odessa"]],
  ["Minsk", "Belarus"], ["Vilnius", "Lithuania"], ["Riga", "Latvia"], ["Tallinn", "Estonia"], ["Helsinki", "Finland"],
  ["Stockholm", "Sweden"], ["Oslo", "Norway"], ["Copenhagen", "Denmark"], ["Dublin", "Ireland"],
  ["Reykjavik", "Iceland"], ["Chisinau", "Moldova"], ["Nicosia", "Cyprus"],
  // Americas, Africa, Oceania
  ["Ottawa", "Canada"], ["Toronto", "Canada"], ["Mexico City", "Mexico"], ["Havana", "Cuba"], ["Caracas", "Venezuela"],
  ["Bogota", "Colombia"], ["Lima", "Peru"], ["Santiago", "Chile"], ["Buenos Aires", "Argentina"],
  ["Brasilia", "Brazil"], ["Rio de Janeiro", "Brazil"], ["Sao Paulo", "Brazil"], ["Pretoria", "South Africa"],
  ["Johannesburg", "South Africa"], ["Cape Town", "South Africa"], ["Nairobi", "Kenya"], ["Addis Ababa", "Ethiopia"],
  ["Lagos", "Nigeria"], ["Abuja", "Nigeria"], ["Khartoum", "Sudan"], ["Tripoli", "Libya"], ["Algiers", "Algeria"],
  ["Rabat", "Morocco"], ["Canberra", "Australia"], ["Sydney", "Australia"], ["Wellington", "New Zealand"],
];

export const REGIONS: readonly PlaceRow[] = [
  ["Taiwan", null], ["Xinjiang", "China"], ["Tibet", "China"], ["Inner Mongolia", "China"], ["Hainan", "China"],
  ["Guangdong", "China"], ["Fujian", "China"], ["Yunnan", "China"], ["Heilongjiang", "China"],
  ["Crimea", null], ["Donbas", null, ["Donbass"]], ["Siberia", "Russia"], ["Chechnya", "Russia"],
  ["Kashmir", null], ["Gaza", null, ["Gaza Strip"]], ["West Bank", null],
  ["South China Sea", null], ["East China Sea", null], ["Taiwan Strait", null], ["Baltic Sea", null],
  ["Black Sea", null], ["Korean Peninsula", null], ["Arctic", null], ["Middle East", null], ["Central Asia", null],
  ["Eastern Europe", null], ["Western Europe", null], ["Southeast Asia", null], ["East Asia", null],
  ["Northeast Asia", null], ["South Asia", null], ["Asia-Pacific", null], ["Indo-Pacific", null],
  ["Western Pacific", null], ["Europe", null], ["Asia", null], ["Africa", null], ["Latin America", null],
  ["Eurasia", null],
];
