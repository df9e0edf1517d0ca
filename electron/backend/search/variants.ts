// Traditional → Simplified folding for search: both the index and the query are folded, so 科學技術 and 科学技术 find
// each other. Only a table of common characters (about 730, weighted to trade, government, places and surnames), one
// character to one character (see fold() in text.ts and docs/decisions/003-search-index.md).
//
// Limits, on purpose: (1) characters outside the table are not folded (a rare 鑪 will not find 炉); (2) folding is
// many-to-one, so Traditional characters that share one Simplified form match each other (鐘/鍾 → 钟, 複/復 → 复);
// pairs where that would join unrelated common words are left out (後/后, 乾/幹/干, 髮/發); (3) word-level differences
// (軟件/軟體, 信息/資訊) are not variants and are not folded.

/** Pairs of Traditional then Simplified, space-separated in rows for reading. */
const PAIRS = `
學学 術术 資资 會会 華华 國国 業业 發发 區区 創创 貿贸 經经 濟济 產产 數数 據据 電电 網网 開开 關关 協协 園园
東东 車车 長长 門门 問问 間间 閱阅 馬马 魚鱼 鳥鸟 龍龙 與与 為为 來来 們们 個个 這这 麼么 說说 話话 語语 讀读 寫写
書书 圖图 館馆 議议 訊讯 記记 設设 計计 認认 識识 證证 評评 論论 譯译 詢询 調调 談谈 請请 讓让 謝谢 講讲 動动 務务
勞劳 勝胜 實实 寶宝 審审 憲宪 對对 導导 將将 專专 尋寻 層层 屬属 島岛 嶺岭 師师 幣币 帶带 幫帮 廣广 廳厅 應应 廢废
強强 彈弹 從从 徵征 態态 總总 戰战 擴扩 擇择 換换 損损 擬拟 敵敌 斷断 時时 晉晋 條条 極极 構构 標标 樣样 機机 檢检
權权 歐欧 歲岁 歷历 氣气 滬沪 漢汉 灣湾 無无 熱热 燈灯 爭争 獎奖 環环 現现 當当 畫画 療疗 盡尽 監监 碼码 礎础 禮礼
種种 稅税 穩稳 競竞 築筑 類类 紀纪 約约 紅红 納纳 紙纸 級级 組组 細细 結结 絡络 給给 統统 綜综 綠绿 維维 緊紧 線线
編编 練练 績绩 織织 繼继 續续 罰罚 義义 習习 聯联 聖圣 聽听 職职 腦脑 興兴 舉举 舊旧 藝艺 藥药 處处 號号 衛卫 補补
製制 複复 復复 見见 規规 視视 親亲 覺觉 觀观 負负 財财 責责 貨货 販贩 貴贵 費费 賀贺 賓宾 賣卖 質质 購购 贊赞 讚赞
趙赵 跡迹 軍军 載载 較较 輕轻 輛辆 輸输 轉转 辦办 農农 運运 過过 達达 違违 遠远 適适 選选 遷迁 邊边 還还 遞递 鄉乡
醫医 釋释 針针 鋼钢 錄录 錢钱 鐵铁 銀银 銷销 鎮镇 閉闭 閣阁 閩闽 陸陆 陽阳 隊队 階阶 際际 隨随 險险 隱隐 雙双 雜杂
雞鸡 離离 難难 雲云 靜静 頁页 項项 順顺 須须 預预 領领 頭头 題题 額额 顧顾 風风 飛飞 飯饭 駐驻 驗验 體体 鬆松 麗丽
黃黄 點点 齊齐 價价 儀仪 億亿 優优 償偿 傳传 傷伤 傾倾 僅仅 兒儿 內内 兩两 冊册 劃划 劇剧 劑剂 勢势 單单 員员 啟启
團团 圍围 場场 塊块 報报 壓压 壞坏 壽寿 夠够 夢梦 奪夺 奮奋 婦妇 孫孙 寧宁 寬宽 屆届 幾几 庫库 彙汇 匯汇 滙汇 憶忆
戶户 擁拥 擔担 擊击 攜携 敗败 榮荣 樓楼 歸归 殘残 決决 沒没 況况 測测 準准 溫温 滿满 漁渔 潛潜 濱滨 營营 爾尔 牽牵
猶犹 獨独 獲获 畢毕 異异 盤盘 眾众 確确 積积 穀谷 窮穷 簡简 簽签 籤签 糧粮 紐纽 絕绝 緣缘 縣县 聲声 肅肃 膽胆 臺台
檯台 颱台 臨临 艦舰 節节 範范 莊庄 蘇苏 蟲虫 衝冲 沖冲 裝装 襲袭 覽览 訂订 訪访 許许 診诊 試试 詩诗 誠诚 該该 詳详
誤误 課课 誰谁 諮咨 護护 變变 豐丰 貝贝 貢贡 貧贫 貸贷 賞赏 賴赖 賽赛 贏赢 趨趋 躍跃 軟软 輔辅 輪轮 辭辞 郵邮 鄰邻
鏈链 閒闲 閑闲 闊阔 陣阵 陳陈 陰阴 雖虽 響响 頂顶 頒颁 頓顿 頻频 顯显 飲饮 養养 饋馈 駕驾 騰腾 驅驱 驚惊 鬧闹 魯鲁
鮮鲜 麥麦 齡龄 廈厦 溝沟 壯壮 爐炉 燒烧 蘭兰 蘋苹 鄧邓 劉刘 張张 楊杨 吳吴 鄭郑 馮冯 蔣蒋 葉叶 蕭萧 羅罗 鍾钟 鐘钟
盧卢 鄒邹 譚谭 閻阎 龔龚 嚴严 顏颜 遼辽 陝陕 韓韩 萬万 稱称 週周 曆历 裡里 裏里 麵面 於于 隻只 並并 併并 係系 繫系
佈布 佔占 倉仓 倫伦 偉伟 側侧 備备 傑杰 債债 僑侨 僱雇 儲储 凱凯 剛刚 則则 劍剑 勁劲 勵励 勸劝 卻却 厲厉 參参 叢丛
呂吕 圓圆 執执 堅坚 墊垫 壇坛 壩坝 奧奥 嬰婴 寫写 屍尸 巖岩 幟帜 廟庙 廠厂 彎弯 徑径 徹彻 恆恒 悅悦 惡恶 愛爱 慣惯
慮虑 慶庆 憂忧 懷怀 懸悬 戲戏 拋抛 掃扫 掛挂 採采 揚扬 揮挥 搖摇 搶抢 撥拨 撫抚 撲扑 擋挡 擠挤 擺摆 擾扰 攝摄 攤摊
攬揽 敘叙 斬斩 昇升 曉晓 暫暂 暢畅 棄弃 棟栋 楓枫 樂乐 樞枢 樹树 橋桥 檔档 櫃柜 欄栏 歡欢 殺杀 殼壳 毀毁 氫氢 涼凉
淚泪 淺浅 減减 湧涌 湯汤 滅灭 滯滞 漲涨 潔洁 潤润 澤泽 濃浓 濕湿 濾滤 瀏浏 灑洒 灘滩 災灾 烏乌 煉炼 煙烟 燦灿 爺爷
牆墙 狀状 狹狭 獵猎 獻献 畝亩 疊叠 盜盗 礙碍 禍祸 窩窝 竊窃 筆笔 籌筹 籃篮 糾纠 紛纷 紡纺 終终 絲丝 綁绑 綱纲 緒绪
緩缓 緯纬 縮缩 縱纵 繩绳 繪绘 繳缴 纜缆 罷罢 聞闻 聰聪 脅胁 脈脉 腫肿 膚肤 臉脸 艙舱 艱艰 蒼苍 蓋盖 蓮莲 薦荐 薩萨
藍蓝 蘊蕴 虛虚 蝦虾 觸触 訓训 託托 訴诉 証证 詞词 誇夸 誕诞 誼谊 諒谅 諾诺 謀谋 謂谓 謹谨 豎竖 貓猫 貫贯 貪贪 貼贴
賃赁 賜赐 賠赔 賦赋 賬账 賭赌 贈赠 趕赶 踐践 蹤踪 軌轨 軸轴 輝辉 輩辈 轄辖 辯辩 迴回 連连 進进 遊游 遲迟 遺遗 邁迈
醜丑 釀酿 鑑鉴 鑒鉴 鑰钥 鑽钻 閃闪 閘闸 闖闯 霧雾 靈灵 韌韧 韻韵 頑顽 願愿 飄飘 飽饱 餅饼 餘余 駛驶 騎骑 騙骗 驟骤
鬥斗 鬱郁 鯨鲸 鳳凤 鳴鸣 鴻鸿 鵬鹏 鶴鹤 鹽盐 黨党 齒齿 龜龟 鹼碱 廬庐 嶄崭 彥彦 豬猪 賊贼 飼饲 贓赃 滷卤 鹵卤 粵粤
`;

/** Traditional character → its Simplified form. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/\s+/)
    .filter(Boolean)
    .map((pair) => [pair[0]!, pair[1]!] as const),
);

/** Every pair as written, for the table's own test (two characters, no chain, no contradiction). */
export const VARIANT_PAIRS: readonly string[] = PAIRS.split(/\s+/).filter(Boolean);
