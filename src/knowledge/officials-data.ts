// Senior officials of roughly 2012–2026 and their terms, as general knowledge kept as data.
// Only facts held with confidence: a date is "YYYY-MM-DD" when the day is known and "YYYY-MM"
// when only the month is (termClues widens a month to its whole span, so a clue never claims
// more than the record). People whose term dates are not known with confidence carry no terms;
// they are still listed so that spellings and countries link.

export interface Term {
  title: string;
  from: string;
  to?: string;
}

export interface OfficialRecord {
  name: string;
  aliases: string[];
  country: string;
  terms: Term[];
}

const CHINA: OfficialRecord[] = [
  { name: "Xi Jinping", aliases: [], country: "China", terms: [
    { title: "General Secretary of the Communist Party of China", from: "2012-11-15" },
    { title: "Chairman of the Central Military Commission", from: "2012-11-15" },
    { title: "President", from: "2013-03-14" },
  ] },
  { name: "Li Qiang", aliases: [], country: "China", terms: [{ title: "Premier", from: "2023-03-11" }] },
  { name: "Li Keqiang", aliases: [], country: "China", terms: [{ title: "Premier", from: "2013-03-15", to: "2023-03-11" }] },
  { name: "Wang Yi", aliases: [], country: "China", terms: [
    { title: "Foreign Minister", from: "2013-03-16", to: "2022-12-30" },
    { title: "State Councilor", from: "2018-03-19", to: "2023-03-12" },
    { title: "Director of the Office of the Central Foreign Affairs Commission", from: "2023-01-01" },
    { title: "Foreign Minister", from: "2023-07-25" },
  ] },
  { name: "Qin Gang", aliases: [], country: "China", terms: [{ title: "Foreign Minister", from: "2022-12-30", to: "2023-07-25" }] },
  { name: "Yang Jiechi", aliases: [], country: "China", terms: [
    { title: "Foreign Minister", from: "2007-04-27", to: "2013-03-16" },
    { title: "State Councilor", from: "2013-03-16", to: "2018-03-19" },
    { title: "Member of the Political Bureau", from: "2017-10-25", to: "2022-10-23" },
    { title: "Director of the Office of the Central Foreign Affairs Commission", from: "2018-03", to: "2023-01" },
  ] },
  { name: "Chen Wenqing", aliases: [], country: "China", terms: [
    { title: "Minister of State Security", from: "2016-11", to: "2022-10" },
    { title: "Secretary of the Central Political and Legal Affairs Commission", from: "2022-10" },
  ] },
  { name: "Guo Shengkun", aliases: [], country: "China", terms: [
    { title: "Minister of Public Security", from: "2012-12", to: "2017-11" },
    { title: "Secretary of the Central Political and Legal Affairs Commission", from: "2017-10", to: "2022-10" },
  ] },
  { name: "Wei Fenghe", aliases: [], country: "China", terms: [{ title: "Defense Minister", from: "2018-03-19", to: "2023-03-12" }] },
  { name: "Li Shangfu", aliases: [], country: "China", terms: [{ title: "Defense Minister", from: "2023-03-12", to: "2023-10-24" }] },
  { name: "Dong Jun", aliases: [], country: "China", terms: [{ title: "Defense Minister", from: "2023-12-29" }] },
  { name: "Liu Jianchao", aliases: [], country: "China", terms: [{ title: "Head of the International Department of the Central Committee", from: "2022-06" }] },
  { name: "Han Zheng", aliases: [], country: "China", terms: [{ title: "Vice President", from: "2023-03-10" }] },
  { name: "Wang Huning", aliases: [], country: "China", terms: [] },
  { name: "Zhao Leji", aliases: [], country: "China", terms: [] },
  { name: "Zhang Youxia", aliases: [], country: "China", terms: [] },
  { name: "Hua Chunying", aliases: [], country: "China", terms: [] },
  { name: "Zhao Lijian", aliases: [], country: "China", terms: [] },
  { name: "Wang Wenbin", aliases: [], country: "China", terms: [] },
  { name: "Mao Ning", aliases: [], country: "China", terms: [] },
  { name: "Lin Jian", aliases: [], country: "China", terms: [] },
];

const RUSSIA: OfficialRecord[] = [
  { name: "Vladimir Putin", aliases: ["Vladimir Vladimirovich Putin"], country: "Russia", terms: [
    { title: "President", from: "2000-05-07", to: "2008-05-07" },
    { title: "Prime Minister", from: "2008-05-08", to: "2012-05-07" },
    { title: "President", from: "2012-05-07" },
  ] },
  { name: "Dmitry Medvedev", aliases: ["Dmitri Medvedev"], country: "Russia", terms: [
    { title: "President", from: "2008-05-07", to: "2012-05-07" },
    { title: "Prime Minister", from: "2012-05-08", to: "2020-01-16" },
    { title: "Deputy Chairman of the Security Council", from: "2020-01-16" },
  ] },
  { name: "Mikhail Mishustin", aliases: [], country: "Russia", terms: [{ title: "Prime Minister", from: "2020-01-16" }] },
  { name: "Sergei Shoigu", aliases: ["Sergey Shoigu"], country: "Russia", terms: [
    { title: "Defense Minister", from: "2012-11-06", to: "2024-05-12" },
    { title: "Secretary of the Security Council", from: "2024-05-12" },
  ] },
  { name: "Nikolai Patrushev", aliases: ["Nikolay Patrushev"], country: "Russia", terms: [
    { title: "Director of the Federal Security Service", from: "1999-08-09", to: "2008-05-12" },
    { title: "Secretary of the Security Council", from: "2008-05-12", to: "2024-05-12" },
  ] },
  { name: "Andrei Belousov", aliases: ["Andrey Belousov"], country: "Russia", terms: [{ title: "Defense Minister", from: "2024-05" }] },
  { name: "Sergei Lavrov", aliases: ["Sergey Lavrov"], country: "Russia", terms: [{ title: "Foreign Minister", from: "2004-03-09" }] },
  { name: "Dmitry Peskov", aliases: ["Dmitri Peskov"], country: "Russia", terms: [{ title: "Kremlin Spokesperson", from: "2012-05" }] },
  { name: "Maria Zakharova", aliases: [], country: "Russia", terms: [{ title: "Foreign Ministry Spokesperson", from: "2015-08" }] },
  { name: "Yuri Ushakov", aliases: ["Yury Ushakov"], country: "Russia", terms: [] },
  { name: "Alexander Bortnikov", aliases: [], country: "Russia", terms: [{ title: "Director of the Federal Security Service", from: "2008-05-12" }] },
  { name: "Valery Gerasimov", aliases: [], country: "Russia", terms: [{ title: "Chief of the General Staff", from: "2012-11-09" }] },
];

const UNITED_STATES: OfficialRecord[] = [
  { name: "Donald Trump", aliases: ["Donald J. Trump"], country: "United States", terms: [
    { title: "President", from: "2017-01-20", to: "2021-01-20" },
    { title: "President", from: "2025-01-20" },
  ] },
  { name: "Joe Biden", aliases: ["Joseph Biden", "Joseph R. Biden"], country: "United States", terms: [
    { title: "Vice President", from: "2009-01-20", to: "2017-01-20" },
    { title: "President", from: "2021-01-20", to: "2025-01-20" },
  ] },
  { name: "Barack Obama", aliases: [], country: "United States", terms: [{ title: "President", from: "2009-01-20", to: "2017-01-20" }] },
  { name: "Ronald Reagan", aliases: [], country: "United States", terms: [{ title: "President", from: "1981-01-20", to: "1989-01-20" }] },
  { name: "Mike Pence", aliases: [], country: "United States", terms: [{ title: "Vice President", from: "2017-01-20", to: "2021-01-20" }] },
  { name: "Kamala Harris", aliases: [], country: "United States", terms: [{ title: "Vice President", from: "2021-01-20", to: "2025-01-20" }] },
  { name: "JD Vance", aliases: ["J.D. Vance", "James David Vance"], country: "United States", terms: [{ title: "Vice President", from: "2025-01-20" }] },
  { name: "Pete Hegseth", aliases: [], country: "United States", terms: [{ title: "Secretary of Defense", from: "2025-01-25" }] },
  { name: "Lloyd Austin", aliases: [], country: "United States", terms: [{ title: "Secretary of Defense", from: "2021-01-22", to: "2025-01-20" }] },
  { name: "Mike Pompeo", aliases: [], country: "United States", terms: [{ title: "Secretary of State", from: "2018-04-26", to: "2021-01-20" }] },
  { name: "Antony Blinken", aliases: [], country: "United States", terms: [{ title: "Secretary of State", from: "2021-01-26", to: "2025-01-20" }] },
  { name: "Marco Rubio", aliases: [], country: "United States", terms: [{ title: "Secretary of State", from: "2025-01-21" }] },
  { name: "Jake Sullivan", aliases: [], country: "United States", terms: [{ title: "National Security Advisor", from: "2021-01-20", to: "2025-01-20" }] },
];

const OTHERS: OfficialRecord[] = [
  { name: "Kim Jong Un", aliases: ["Kim Jong-un", "Kim Jong-Un"], country: "North Korea", terms: [] },
  { name: "Moon Jae-in", aliases: ["Moon Jae In"], country: "South Korea", terms: [{ title: "President", from: "2017-05-10", to: "2022-05-10" }] },
  { name: "Yoon Suk Yeol", aliases: ["Yoon Suk-yeol"], country: "South Korea", terms: [{ title: "President", from: "2022-05-10", to: "2025-04-04" }] },
  { name: "Lee Jae-myung", aliases: ["Lee Jae Myung"], country: "South Korea", terms: [{ title: "President", from: "2025-06-04" }] },
  { name: "Fumio Kishida", aliases: [], country: "Japan", terms: [{ title: "Prime Minister", from: "2021-10-04", to: "2024-10-01" }] },
  { name: "Shigeru Ishiba", aliases: [], country: "Japan", terms: [{ title: "Prime Minister", from: "2024-10-01", to: "2025-10-21" }] },
  { name: "Volodymyr Zelensky", aliases: ["Volodymyr Zelenskyy", "Volodymyr Zelenskiy"], country: "Ukraine", terms: [{ title: "President", from: "2019-05-20" }] },
  { name: "Narendra Modi", aliases: [], country: "India", terms: [{ title: "Prime Minister", from: "2014-05-26" }] },
  { name: "Kassym-Jomart Tokayev", aliases: [], country: "Kazakhstan", terms: [{ title: "President", from: "2019-03-20" }] },
  { name: "Emmanuel Macron", aliases: [], country: "France", terms: [{ title: "President", from: "2017-05-14" }] },
  { name: "Antonio Guterres", aliases: ["António Guterres"], country: "Portugal", terms: [{ title: "Secretary-General of the United Nations", from: "2017-01-01" }] },
];

export const OFFICIALS: readonly OfficialRecord[] = [...CHINA, ...RUSSIA, ...UNITED_STATES, ...OTHERS];
