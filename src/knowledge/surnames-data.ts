// Family names that come first in Chinese and Korean personal names as English news writes
// them ("Xi Jinping", "Kim Jong-un"). Romanised (pinyin / common Korean spellings).

export const CHINESE_SURNAMES: readonly string[] = [
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
  "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
  "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu", "Jiang", "Cai", "Du", "Ye", "Cheng", "Su", "Wei", "Lü", "Lyu",
  "Ding", "Ren", "Shen", "Yao", "Lu", "Cui", "Zhong", "Tan", "Fan", "Jin", "Shi", "Liao", "Jia", "Xia", "Fu", "Fang",
  "Bai", "Zou", "Meng", "Xiong", "Qin", "Qiu", "Yin", "Xue", "Yan", "Duan", "Lei", "Hou", "Long", "Tao", "Gu", "Mao",
  "Hao", "Gong", "Shao", "Wan", "Qian", "Dai", "Mo", "Kong", "Xiang", "Xi", "Kang", "Chang", "Qi", "Niu", "Wen",
  "Geng", "Ou", "Zhan", "Bi", "Hua", "Miao", "Ning", "Ai", "Bao", "Yi", "Chu", "Zuo", "Lai", "Zhai", "Ji", "Ke",
];

export const KOREAN_SURNAMES: readonly string[] = [
  "Kim", "Lee", "Park", "Choi", "Jung", "Chung", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Oh", "Seo", "Shin",
  "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Moon", "Ban", "Baek", "Nam", "Noh", "Roh", "Ha", "Jeon", "Ko",
];
