//! The demo expo's texts and shapes: halls, categories with their products, exhibitors.

use expocx_contract::Localized;

pub type T3 = (&'static str, &'static str, &'static str);

pub fn l(t: T3) -> Localized {
    Localized::new(t.0, t.1, t.2)
}

pub fn json(l: &Localized) -> String {
    serde_json::to_string(l).unwrap_or_default()
}

pub use crate::db::catalog::staff_products::search_text;

pub const HALLS: [(&str, T3, T3); 3] = [
    (
        "H1",
        ("1号馆", "1號館", "Hall 1"),
        ("东方生活", "東方生活", "Eastern living"),
    ),
    (
        "H2",
        ("2号馆", "2號館", "Hall 2"),
        ("美食与健康", "美食與健康", "Food & wellbeing"),
    ),
    (
        "H3",
        ("3号馆", "3號館", "Hall 3"),
        ("智造与设计", "智造與設計", "Smart tech & design"),
    ),
];

/// slug, name, product nouns (name, base price in yuan), and a description phrase.
pub struct CategorySeed {
    pub slug: &'static str,
    pub name: T3,
    pub items: [(T3, i64); 6],
    pub about: T3,
}

pub const CATEGORIES: [CategorySeed; 10] = [
    CategorySeed {
        slug: "tea",
        name: ("茶叶", "茶葉", "Tea"),
        about: (
            "产地直采，当季新茶",
            "產地直採，當季新茶",
            "Sourced at the garden, this season's harvest",
        ),
        items: [
            (("西湖龙井", "西湖龍井", "West Lake Longjing"), 268),
            (("武夷岩茶", "武夷岩茶", "Wuyi rock oolong"), 198),
            (("云南普洱", "雲南普洱", "Yunnan pu-erh"), 158),
            (("福鼎白茶", "福鼎白茶", "Fuding white tea"), 188),
            (("祁门红茶", "祁門紅茶", "Keemun black tea"), 128),
            (("茉莉花茶", "茉莉花茶", "Jasmine tea"), 68),
        ],
    },
    CategorySeed {
        slug: "ceramics",
        name: ("陶瓷", "陶瓷", "Ceramics"),
        about: (
            "手工拉坯，高温烧制",
            "手工拉坯，高溫燒製",
            "Hand-thrown and high-fired",
        ),
        items: [
            (("青瓷茶杯", "青瓷茶杯", "Celadon tea cup"), 88),
            (("汝窑茶壶", "汝窯茶壺", "Ru ware teapot"), 398),
            (("白瓷餐盘", "白瓷餐盤", "White porcelain plate"), 59),
            (("粗陶花器", "粗陶花器", "Stoneware vase"), 168),
            (("建盏", "建盞", "Jian tea bowl"), 258),
            (("釉下彩碗", "釉下彩碗", "Underglaze bowl"), 45),
        ],
    },
    CategorySeed {
        slug: "silk",
        name: ("丝绸服饰", "絲綢服飾", "Silk & apparel"),
        about: (
            "桑蚕丝，亲肤透气",
            "桑蠶絲，親膚透氣",
            "Mulberry silk, soft and breathable",
        ),
        items: [
            (("真丝围巾", "真絲圍巾", "Silk scarf"), 299),
            (("香云纱衬衫", "香雲紗襯衫", "Gambiered silk shirt"), 699),
            (("真丝眼罩", "真絲眼罩", "Silk sleep mask"), 99),
            (("刺绣手帕", "刺繡手帕", "Embroidered handkerchief"), 79),
            (("丝绸睡衣", "絲綢睡衣", "Silk pyjamas"), 899),
            (("宋锦卡包", "宋錦卡包", "Song brocade card case"), 129),
        ],
    },
    CategorySeed {
        slug: "food",
        name: ("地方美食", "地方美食", "Regional food"),
        about: (
            "传统工艺，地道风味",
            "傳統工藝，地道風味",
            "Traditional recipe, true local taste",
        ),
        items: [
            (("云腿月饼", "雲腿月餅", "Yunnan ham mooncakes"), 88),
            (("桂花糕", "桂花糕", "Osmanthus cake"), 39),
            (("手工挂面", "手工掛麵", "Hand-pulled noodles"), 45),
            (("腊味礼盒", "臘味禮盒", "Cured meat gift box"), 238),
            (
                ("椒麻牛肉干", "椒麻牛肉乾", "Sichuan pepper beef jerky"),
                69,
            ),
            (("野生蜂蜜", "野生蜂蜜", "Wild honey"), 128),
        ],
    },
    CategorySeed {
        slug: "home",
        name: ("家居生活", "家居生活", "Home & living"),
        about: (
            "简约耐用，日日好用",
            "簡約耐用，日日好用",
            "Simple, durable, used every day",
        ),
        items: [
            (("竹编收纳篮", "竹編收納籃", "Woven bamboo basket"), 79),
            (("亚麻桌布", "亞麻桌布", "Linen tablecloth"), 159),
            (("实木砧板", "實木砧板", "Solid wood board"), 129),
            (("香薰蜡烛", "香薰蠟燭", "Scented candle"), 99),
            (("羊毛靠垫", "羊毛靠墊", "Wool cushion"), 219),
            (("铸铁锅", "鑄鐵鍋", "Cast iron pot"), 459),
        ],
    },
    CategorySeed {
        slug: "beauty",
        name: ("美妆个护", "美妝個護", "Beauty & care"),
        about: (
            "温和配方，敏感肌可用",
            "溫和配方，敏感肌可用",
            "Gentle formula, fine for sensitive skin",
        ),
        items: [
            (("玉容面膜", "玉容面膜", "Jade sheet masks"), 129),
            (("山茶花精油", "山茶花精油", "Camellia oil"), 189),
            (("手工皂", "手工皂", "Handmade soap"), 39),
            (("草本洗发水", "草本洗髮水", "Herbal shampoo"), 89),
            (("护手霜", "護手霜", "Hand cream"), 59),
            (("檀木梳", "檀木梳", "Sandalwood comb"), 119),
        ],
    },
    CategorySeed {
        slug: "tech",
        name: ("智能数码", "智能數碼", "Smart tech"),
        about: (
            "一年质保，全国联保",
            "一年保固，全國聯保",
            "One-year warranty, nationwide service",
        ),
        items: [
            (("降噪耳机", "降噪耳機", "Noise-cancelling earbuds"), 599),
            (("智能手环", "智能手環", "Fitness band"), 249),
            (("便携充电宝", "便攜充電寶", "Power bank"), 149),
            (("桌面音箱", "桌面音箱", "Desktop speaker"), 399),
            (("电子墨水阅读器", "電子墨水閱讀器", "E-ink reader"), 1099),
            (("翻译笔", "翻譯筆", "Translation pen"), 459),
        ],
    },
    CategorySeed {
        slug: "crafts",
        name: ("文创手作", "文創手作", "Crafts & design"),
        about: (
            "设计师原创，限量出品",
            "設計師原創，限量出品",
            "Designer original, limited run",
        ),
        items: [
            (("剪纸装饰画", "剪紙裝飾畫", "Paper-cut art print"), 128),
            (("铜书签", "銅書籤", "Brass bookmark"), 49),
            (("手账本", "手帳本", "Hand-bound notebook"), 68),
            (("木刻版画", "木刻版畫", "Woodblock print"), 360),
            (("风筝", "風箏", "Silk kite"), 158),
            (("印章套装", "印章套裝", "Seal stamp set"), 198),
        ],
    },
    CategorySeed {
        slug: "outdoor",
        name: ("户外运动", "戶外運動", "Outdoor & sport"),
        about: (
            "轻量耐磨，为山野而生",
            "輕量耐磨，為山野而生",
            "Light and tough, made for the trail",
        ),
        items: [
            (("登山杖", "登山杖", "Trekking poles"), 239),
            (("速干T恤", "速乾T恤", "Quick-dry tee"), 129),
            (("露营灯", "露營燈", "Camping lantern"), 159),
            (("保温水壶", "保溫水壺", "Insulated bottle"), 119),
            (("瑜伽垫", "瑜伽墊", "Yoga mat"), 189),
            (("折叠椅", "折疊椅", "Folding chair"), 269),
        ],
    },
    CategorySeed {
        slug: "kids",
        name: ("母婴童趣", "母嬰童趣", "Kids & baby"),
        about: (
            "安全材质，通过检测",
            "安全材質，通過檢測",
            "Safe materials, lab tested",
        ),
        items: [
            (("木质积木", "木質積木", "Wooden blocks"), 169),
            (("绘本套装", "繪本套裝", "Picture book set"), 129),
            (
                ("有机棉连体衣", "有機棉連身衣", "Organic cotton onesie"),
                109,
            ),
            (("布老虎", "布老虎", "Cloth tiger toy"), 89),
            (("儿童餐具", "兒童餐具", "Kids' tableware"), 79),
            (("拼图地垫", "拼圖地墊", "Puzzle play mat"), 149),
        ],
    },
];

pub const VARIANTS: [(T3, i64); 3] = [
    (("标准装", "標準裝", "Standard"), 100),
    (("礼盒装", "禮盒裝", "Gift box"), 160),
    (("展会限定", "展會限定", "Expo edition"), 85),
];

/// name, tagline, hall index, booth, categories (indices into CATEGORIES), featured.
pub struct ExhibitorSeed {
    pub name: T3,
    pub tagline: T3,
    pub hall: usize,
    pub booth: &'static str,
    pub cats: &'static [usize],
    pub featured: bool,
}

pub const EXHIBITORS: [ExhibitorSeed; 14] = [
    ExhibitorSeed {
        name: ("翠峰茶庄", "翠峰茶莊", "Jade Peak Tea House"),
        tagline: (
            "三代制茶，只做好茶",
            "三代製茶，只做好茶",
            "Three generations of tea making",
        ),
        hall: 0,
        booth: "H1-A01",
        cats: &[0],
        featured: true,
    },
    ExhibitorSeed {
        name: ("青瓷坊", "青瓷坊", "Celadon Studio"),
        tagline: (
            "龙泉青瓷，千年窑火",
            "龍泉青瓷，千年窯火",
            "Longquan celadon, a thousand-year kiln",
        ),
        hall: 0,
        booth: "H1-A05",
        cats: &[1],
        featured: true,
    },
    ExhibitorSeed {
        name: ("锦绣丝坊", "錦繡絲坊", "Brocade Silk Works"),
        tagline: (
            "江南丝绸，匠心织造",
            "江南絲綢，匠心織造",
            "Jiangnan silk, woven with care",
        ),
        hall: 0,
        booth: "H1-B02",
        cats: &[2],
        featured: true,
    },
    ExhibitorSeed {
        name: ("茶器生活", "茶器生活", "Tea & Ware Living"),
        tagline: (
            "一席茶，一套器",
            "一席茶，一套器",
            "The cup that suits the tea",
        ),
        hall: 0,
        booth: "H1-B08",
        cats: &[0, 1],
        featured: false,
    },
    ExhibitorSeed {
        name: ("南山家居", "南山家居", "Nanshan Home"),
        tagline: (
            "自然材质的家",
            "自然材質的家",
            "A home of natural materials",
        ),
        hall: 0,
        booth: "H1-C03",
        cats: &[4],
        featured: false,
    },
    ExhibitorSeed {
        name: ("滇味坊", "滇味坊", "Taste of Yunnan"),
        tagline: (
            "彩云之南的味道",
            "彩雲之南的味道",
            "Flavours from south of the clouds",
        ),
        hall: 1,
        booth: "H2-A02",
        cats: &[3],
        featured: true,
    },
    ExhibitorSeed {
        name: ("百草集", "百草集", "Hundred Herbs"),
        tagline: (
            "草本护理，温和有效",
            "草本護理，溫和有效",
            "Herbal care that is kind to skin",
        ),
        hall: 1,
        booth: "H2-A09",
        cats: &[5],
        featured: false,
    },
    ExhibitorSeed {
        name: ("蜂语农场", "蜂語農場", "Bee Whisper Farm"),
        tagline: (
            "深山里的甜",
            "深山裡的甜",
            "Sweetness from deep in the hills",
        ),
        hall: 1,
        booth: "H2-B04",
        cats: &[3],
        featured: false,
    },
    ExhibitorSeed {
        name: ("山野行", "山野行", "Wild Trail Outfitters"),
        tagline: ("向山而行", "向山而行", "Head for the hills"),
        hall: 1,
        booth: "H2-C01",
        cats: &[8],
        featured: true,
    },
    ExhibitorSeed {
        name: ("小象童乐", "小象童樂", "Little Elephant Kids"),
        tagline: (
            "陪伴成长的好物",
            "陪伴成長的好物",
            "Good things to grow up with",
        ),
        hall: 1,
        booth: "H2-C06",
        cats: &[9],
        featured: false,
    },
    ExhibitorSeed {
        name: ("声迹科技", "聲跡科技", "SoundTrace Tech"),
        tagline: ("听见更好的世界", "聽見更好的世界", "Hear a better world"),
        hall: 2,
        booth: "H3-A01",
        cats: &[6],
        featured: true,
    },
    ExhibitorSeed {
        name: ("墨白设计", "墨白設計", "Ink & White Design"),
        tagline: (
            "东方美学，当代设计",
            "東方美學，當代設計",
            "Eastern aesthetics, modern design",
        ),
        hall: 2,
        booth: "H3-A07",
        cats: &[7],
        featured: true,
    },
    ExhibitorSeed {
        name: ("极光智能", "極光智能", "Aurora Smart"),
        tagline: ("让科技更贴心", "讓科技更貼心", "Technology that cares"),
        hall: 2,
        booth: "H3-B03",
        cats: &[6, 8],
        featured: false,
    },
    ExhibitorSeed {
        name: ("纸上匠人", "紙上匠人", "Paper Artisans"),
        tagline: (
            "一张纸的无限可能",
            "一張紙的無限可能",
            "The endless life of paper",
        ),
        hall: 2,
        booth: "H3-B10",
        cats: &[7, 9],
        featured: false,
    },
];
