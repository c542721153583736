/**
 * Characters that fill ordinary Chinese business text (frequent words, surnames, titles, the headers of
 * contact sheets), in simplified and traditional forms. A legacy encoding that decodes a file cleanly
 * but into rare characters is the wrong one: Big5 bytes read as GBK, or GBK read as Big5, come out as
 * valid but unusual characters, so the share of common ones tells the right reading apart.
 */
const SIMPLIFIED =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切' +
  '刘陈杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖萧田董潘袁蔡蒋余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾郝龚邵严覃戴莫孔汤' +
  '职岗头衔监邮箱号码科级态度影响权重层备注说明负责跟进客户姓联络销售采购财副董裁校院书记专操作老教师话态忠诚支持反对';
const TRADITIONAL =
  '這來國個說們為時會著過學對裡後麼見經頭長從動兩樣現將與進實點種聲話兒問機給幾業間電門東氣聽關內軍產萬體別處總場師書員華報馬張難數車應親許覺統請愛讓認論義術結連遠資隊帶條變聯權該領傳紅決達辦區轉眾輕語滿寫識極黃臉錢黨設雙歷廣議際則單據導網專誰讀飛觀爭組視濟離雖壞興' +
  '劉陳楊趙吳孫羅鄭謝韓馮鄧蕭蔣葉蘇呂盧鐘譚陸賈韋鄒閻龍賀顧龔嚴湯' +
  '職稱務崗銜監郵號碼級態響權層備註負責進戶聯絡銷購財務總裁記專師話態誠';

export const COMMON_HAN: ReadonlySet<string> = new Set([...SIMPLIFIED, ...TRADITIONAL]);
