import type { DemoContent } from './content';

export const contentZhCN: DemoContent = {
  account: {
    name: '东湖大学',
    industry: '高等教育',
    region: '湖北武汉',
    notes:
      '两个校区，在校生约3.2万人，教职工约2100人。学校按数字校园规划建设统一的智慧校园平台（统一身份认证、' +
      '数据中台、一网通办服务大厅、移动端），替换现有37套分散的系统。预算约860万元，来自省级专项资金，' +
      '预计下季度公开招标。\n\n我们2022年交付了一卡通集成项目（约占其校园软件支出的30%）。云网教育2021年' +
      '建设了学校的数据中心，正力推自家平台；华盈软件的教务系统自2013年使用至今，也想借机扩展。明年秋天是' +
      '七十周年校庆，校领导希望校庆前看到成果。',
  },
  competitors: {
    cloudnet: '云网教育',
    huaying: '华盈软件',
  },
  team: {
    liwei: '李伟',
    zhaomin: '赵敏',
    chenguodong: '陈国栋',
  },
  people: {
    president: {
      name: '王建国',
      title: '校长',
      department: '校领导',
      contact: '行政楼301室 · 分机8301 · wangjg@eastlake.example（经校长办公室）',
      judgesBy: '平台能否让东湖大学成为省里推广的智慧校园示范校；校庆前不能出任何公开的差错。',
      nextStep: '陈国栋邀请他为我们在武汉举办的智慧教育论坛致辞；先请孙副校长安排30分钟会面。',
      privateNotes:
        '2023年论坛晚宴上与陈国栋见过一面，记得我们西陵师范大学的案例，说过“给我看一所真正全流程跑通的学校”。' +
        '传闻两年内调任省教育厅，想留下一个标志性项目。',
    },
    'party-secretary': {
      name: '张华明',
      title: '党委书记',
      department: '校领导',
      contact: '行政楼201室 · 经党委办公室联系',
      judgesBy: '合规：采购程序干净，数据安全达到等保三级，不能成为审计或巡视发现的问题。',
      nextStep: '不安排直接接触。确保孙副校长提交党委会的一页纸汇报写清数据安全和校内部署。',
      privateNotes:
        '三次厂商汇报一次都没参加，只看副校长办公室准备的一页纸摘要——那页纸上写了什么，他对我们的了解就是什么。',
    },
    'vp-it': {
      name: '孙立群',
      title: '副校长（分管信息化与后勤）',
      department: '校领导',
      contact: '行政楼305室 · 分机8305 · sunlq@eastlake.example · 微信经李伟联系',
      judgesBy:
        '用一个平台替换37套系统，校庆前上线一网通办服务大厅，控制在860万元预算内。个人诉求：项目以他牵头的名义' +
        '写进省教育厅的工作报告。',
      nextStep: '李伟汇报分期方案（先服务大厅、后教学系统），提议成立由他牵头的联合领导小组。已超期：上次见面是20天前。',
      privateNotes: '饭桌上跟李伟说马主任“格局太小”——绝不能在信息化中心转述。每周四和刘洋打羽毛球。',
    },
    'it-director': {
      name: '马振华',
      title: '信息化中心主任',
      department: '信息化中心',
      contact: '信息化中心502室 · 分机6502 · mazh@eastlake.example',
      judgesBy: '技术风险低，复用云网建设的数据中心，数据中台的控制权留在信息化中心，不被单一厂商绑定。',
      nextStep: '赵敏组织一次技术深度交流，讲清与现有云网私有云的集成；带上在周强集群上做的压测结果。',
      privateNotes:
        '云网的区域总监是他的大学同学，去年春天出钱安排他的团队去杭州考察。他觉得孙副校长绕过他直接找刘洋——要小心处理。',
    },
    'finance-head': {
      name: '黄丽',
      title: '财务处处长',
      department: '财务处',
      contact: '行政楼108室 · 分机8108',
      judgesBy: '五年总拥有成本，按验收节点付款，支出进度与专项资金拨付计划一致，审计不出意外。',
      nextStep: '发送五年成本对比和分节点付款方案；请孙副校长办公室正式引荐李伟。',
      privateNotes:
        '对2019年一卡通项目超支被审计通报一事仍耿耿于怀（不是我们做的，但她只记得“厂商”）。云网给她报了一个我们做不到的首年价格。',
    },
    'procurement-head': {
      name: '何军',
      title: '采购与招标管理中心主任',
      department: '采购与招标管理中心',
      contact: '后勤楼210室 · 分机7210 · hejun@eastlake.example',
      judgesBy: '招标经得起质疑：至少三家合格投标人，技术参数不指向任何一家，每一步都有记录。',
      nextStep: '确认招标时间表和资格要求；我们提供的参数只用行业通用指标。',
      privateNotes: '暗示去年图书馆项目有落标厂商投诉过，凡是读起来像我们宣传册的参数他都会删掉。',
    },
    'appdev-chief': {
      name: '刘洋',
      title: '应用开发科科长',
      department: '信息化中心',
      contact: '信息化中心410室 · liuyang@eastlake.example · 微信 liuyang_elu',
      judgesBy:
        '开放接口、统一数据标准，让手下四个开发人员不用再写点对点接口；平台能由他的团队自己扩展。个人诉求：' +
        '打通数据孤岛的功劳，以及副主任的位子。',
      nextStep: '技术规范初稿提交信息化中心评审组之前，先和他一起过一遍；商定由谁来讲。',
      privateNotes: '会把内部会议纪要发给李伟：绝不能转发或引用。想在我们的用户大会上发言。不能让马振华知道我们走得这么近。',
    },
    'network-chief': {
      name: '周强',
      title: '网络与基础设施科科长',
      department: '信息化中心',
      contact: '信息化中心机房（3号楼） · 分机6320',
      judgesBy: '稳定压倒一切：学期中不能宕机，跑在现有服务器和网络上，他的运维人员不找厂商也能维护。',
      nextStep: '赵敏和他的团队一起在现有虚拟化集群上做压测，单独请教他对部署方案的意见——一对一，不要在会上。',
      privateNotes:
        '2008年亲手建起校园网，两次推掉提拔。马振华每个技术决定都要先问他。开会从不先开口。与刘洋竞争副主任岗位，' +
        '所以刘洋帮不了我们打开这扇门。',
    },
    'project-manager': {
      name: '吴婷',
      title: '智慧校园项目经理',
      department: '信息化中心',
      contact: '信息化中心415室 · wuting@eastlake.example',
      judgesBy: '计划切实可行、节点清晰，上线期间厂商团队驻场，每个部门的管理员都有培训。',
      nextStep: '发送我们的标准上线计划；李伟邀请她参观样板学校。',
      privateNotes: '两年前从一家建筑公司调来；她维护的项目办进度表孙副校长每周一都看。',
    },
    'teaching-chief': {
      name: '郑梅',
      title: '教学运行科科长',
      department: '教务处',
      contact: '教学楼A座112室 · 分机5112',
      judgesBy: '选课和排考不能受任何影响；保留她们科室调了十年的华盈教务系统；迁移工作不能压到她的人身上。',
      nextStep: '提出一期保留教务系统、只做集成；赵敏演示不改动华盈系统的只读接口。',
      privateNotes:
        '华盈的客户经理服务她们科室十年，还帮她们拿了2022年教学管理奖。五月的会上公开说“信息化中心什么好用就弄坏什么”' +
        '——考试周那次宕机她记在刘洋科室头上。',
    },
    'logistics-deputy': {
      name: '郭鹏',
      title: '后勤服务集团副总经理',
      department: '后勤服务集团',
      contact: '后勤楼305室 · guopeng@eastlake.example',
      judgesBy: '宿舍报修、食堂支付和一卡通在一个应用里搞定，让服务热线少接电话。',
      nextStep: '已超期：带上一卡通使用报告和报修工单演示去拜访。',
      privateNotes: '我们在校内最好的案例：2022年一卡通集成是他的项目，按期上线。李伟已经一个多月没见他了。',
    },
    'teacher-physics': {
      name: '林海',
      title: '教授、校教学指导委员会委员',
      department: '物理与技术学院',
      contact: '理科楼620室 · linhai@eastlake.example',
      judgesBy: '成绩、考勤和课程资料在手机上一处搞定；不用再重复录入成绩。',
      nextStep: '邀请他加入移动教学应用的试点组，请他再带两位同事。',
      privateNotes: '三月份演示后在教学指导委员会上替我们说过话，但李伟只和他交换了名片，之后再没跟进。',
    },
    'teacher-english': {
      name: '高雅',
      title: '讲师',
      department: '外国语学院',
      contact: '',
      judgesBy: '别每两年换一套要重新学的系统；教室电脑和手机上不用培训就能用。',
      nextStep: '通过外国语学院教学秘书联系她；请她参加易用性测试。',
      privateNotes: '上次系统切换时在教职工微信群里发过吐槽，点赞超过200。',
    },
    'dean-secretary': {
      name: '许静',
      title: '院长秘书',
      department: '计算机学院',
      contact: '计算机楼201室 · 分机4201',
      judgesBy: '学院办公室少填表、少登录；院长要的报表从系统里出，不再靠Excel。',
      nextStep: '请刘洋引荐；用院长每月要看的数据演示报表工具。',
      privateNotes: '管着院长的日程，决定哪些厂商的信能送到院长桌上。和郑梅是在教务处共事多年的好友。',
    },
    'student-rep': {
      name: '韩晨',
      title: '校学生会主席',
      department: '校学生会',
      contact: 'studentunion@eastlake.example',
      judgesBy: '选课、一卡通、宿舍报修和请假都在一个应用里；服务窗口不再排队。',
      nextStep: '通过校团委组织一次学生座谈，收集对应用原型的反馈。',
      privateNotes: '明年夏天毕业，想在简历上写一笔学生服务应用的经历。',
    },
    'it-operator': {
      name: '田磊',
      title: '运维工程师',
      department: '信息化中心网络与基础设施科',
      contact: '信息化中心机房 · 分机6321',
      judgesBy: '看得懂的监控和日志，升级不用熬夜，厂商热线有人接。',
      nextStep: '赵敏请他参加压测，并把运维手册发给他。',
      privateNotes: '周强的左膀右臂：田磊周一抱怨什么，周五就成了周强的立场。',
    },
    'helpdesk-operator': {
      name: '孟凡',
      title: '服务台工程师',
      department: '信息化中心网络与基础设施科',
      contact: '',
      judgesBy: '少一些重置密码的工单；一个地方能看到用户的所有账号。',
      nextStep: '通过田磊拿到服务台工单统计。',
      privateNotes: '我们这边没人见过他；半年前以合同制入职。',
    },
  },
  plan: {
    notes: {
      'pilot-scope': '在他办公室过了一遍试点范围；他来起草教室清单。',
      'pilot-rooms': '哪些教室先上；她月底前要时间表。',
      'platform-demo': '给他的开发团队演示了数据平台；问了很多单点登录的问题。',
      'procurement-lunch': '午餐：明年的招标日历，以及能用哪个框架协议。',
      'cio-forum': '在 CIO 论坛上碰面；他两次问到我们怎么和云网对接。',
      roadmap: '汇报了智慧校园路线图；她希望在预算会前先去参观样板客户。',
      'network-survey': '和网络科一起做网络调研；田磊展示了他们用的监控系统。',
      'dorm-readers': '宿舍读卡器：他希望寒假前完成升级。',
      'alumni-dinner': '校友活动后的晚宴；很客气，没有时间谈项目。',
      'budget-cycle': '预算周期和付款条件；她倾向按里程碑付款。',
      'requirements-workshop': '与应用开发科和项目组一起开试点需求研讨会。',
      'courtesy-visit': '陪同我方区域总监礼节性拜访。',
      'study-kickoff': '智慧校园调研项目启动。',
      'teaching-fair': '教学技术展会；他试用了课堂应用。',
      'first-call': '第一次技术电话，谈校园卡接口。',
      'roadmap-follow-up': '路线图跟进；带上湖滨大学的样板案例。',
    },
    actions: {
      'meet-president': '请孙立群为陈国栋安排与王建国校长的会面。',
      'reference-visit': '邀请马振华参加湖滨大学的样板客户参观。',
      'architecture-paper': '在试点研讨会前把架构白皮书发给周强。',
      'payment-terms': '向黄丽提交按里程碑付款的方案。',
      'roadmap-deck': '把智慧校园路线图材料发给孙立群。',
    },
  },
};
