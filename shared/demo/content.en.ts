import type { DemoContent } from './content';

export const contentEn: DemoContent = {
  account: {
    name: 'Eastlake University',
    industry: 'Higher education',
    region: 'Wuhan, Hubei',
    notes:
      'About 32,000 students and 2,100 staff on two campuses. Under its digital-campus plan the university wants ' +
      'one smart-campus platform (single sign-on, data hub, one-stop service hall, mobile app) to replace 37 ' +
      'separate systems. Budget about 8.6 million yuan from the provincial special fund; open tender expected ' +
      'next quarter.\n\nWe delivered the campus-card integration in 2022 (about 30 % of their campus software ' +
      'spend). CloudNet Education built the data centre in 2021 and offers its own platform; Huaying Software has ' +
      'run the academic-affairs system since 2013 and wants to extend it. The 70th anniversary is next autumn: ' +
      'the leadership wants a visible result before it.',
  },
  competitors: {
    cloudnet: 'CloudNet Education',
    huaying: 'Huaying Software',
  },
  team: {
    liwei: 'Li Wei',
    zhaomin: 'Zhao Min',
    chenguodong: 'Chen Guodong',
  },
  people: {
    president: {
      name: 'Wang Jianguo',
      title: 'President',
      department: 'University leadership',
      contact: "Admin Building, Room 301 · ext. 8301 · wangjg@eastlake.example (through the President's Office)",
      judgesBy:
        'Whether the platform makes Eastlake a smart-campus model the province will showcase, and nothing that ' +
        'can fail in public before the 70th anniversary.',
      nextStep:
        'Chen Guodong to invite him to open our Smart Education Forum in Wuhan; ask VP Sun to arrange 30 minutes first.',
      privateNotes:
        "Met Chen Guodong once, at the 2023 forum dinner; remembered our Xiling Normal case and said 'show me one " +
        "university that runs it end to end'. Rumoured to move to the provincial education department within two " +
        'years, so he wants a legacy project.',
    },
    'party-secretary': {
      name: 'Zhang Huaming',
      title: 'Secretary of the University Party Committee',
      department: 'University leadership',
      contact: 'Admin Building, Room 201 · through the Party Committee Office',
      judgesBy:
        'Compliance: a clean procurement, data security at classified-protection level 3, nothing that could ' +
        'become an audit or inspection finding.',
      nextStep:
        "No direct approach planned. Make sure VP Sun's one-page brief for the Party committee meeting covers data " +
        'security and on-campus hosting.',
      privateNotes:
        "Attended none of the three vendor presentations. Reads only the one-page summary from the VP's office - " +
        'whatever is on that page is all he knows about us.',
    },
    'vp-it': {
      name: 'Sun Liqun',
      title: 'Vice-President (IT and Logistics)',
      department: 'University leadership',
      contact: 'Admin Building, Room 305 · ext. 8305 · sunlq@eastlake.example · WeChat through Li Wei',
      judgesBy:
        'One platform instead of 37 systems, a one-stop service hall live before the anniversary, within the 8.6 ' +
        'million budget. Personal win: the project named in the provincial education report under his leadership.',
      nextStep:
        'Li Wei to present the phased plan (service hall first, teaching systems last) and propose a joint steering ' +
        'group he chairs. Overdue: last met 20 days ago.',
      privateNotes:
        "Told Li Wei over dinner that Director Ma 'thinks too small' - never repeat this at the IT Centre. Plays " +
        'badminton with Liu Yang on Thursdays.',
    },
    'it-director': {
      name: 'Ma Zhenhua',
      title: 'Director, IT Centre',
      department: 'IT Centre',
      contact: 'IT Centre, Room 502 · ext. 6502 · mazh@eastlake.example',
      judgesBy:
        'Low technical risk, reuse of the CloudNet data centre, control of the data hub staying with the IT Centre, ' +
        'no lock-in to one vendor.',
      nextStep:
        "Zhao Min to hold a technical deep-dive on integrating with the existing CloudNet private cloud; bring the " +
        "load-test results from Zhou Qiang's cluster.",
      privateNotes:
        "CloudNet's regional director was his university classmate and paid for his team's study trip to Hangzhou " +
        'last spring. Feels VP Sun goes around him to Liu Yang - handle with care.',
    },
    'finance-head': {
      name: 'Huang Li',
      title: 'Director, Finance Office',
      department: 'Finance Office',
      contact: 'Admin Building, Room 108 · ext. 8108',
      judgesBy:
        'Five-year total cost, payments tied to acceptance milestones, spending matched to the special-fund ' +
        'schedule; no surprises for the auditors.',
      nextStep:
        "Send a five-year cost comparison with milestone payments; ask VP Sun's office to introduce Li Wei properly.",
      privateNotes:
        'Still sore about the 2019 one-card overrun the audit flagged (not our project, but she remembers ' +
        "'the vendor', not the name). CloudNet quoted her a first-year price we cannot match.",
    },
    'procurement-head': {
      name: 'He Jun',
      title: 'Director, Procurement and Tendering Centre',
      department: 'Procurement and Tendering Centre',
      contact: 'Logistics Building, Room 210 · ext. 7210 · hejun@eastlake.example',
      judgesBy:
        'A tender nobody can challenge: at least three qualified bidders, specifications that do not point to one ' +
        'vendor, every step on file.',
      nextStep:
        'Confirm the tender timetable and the qualification requirements; keep our specification input to ' +
        'industry-standard parameters.',
      privateNotes:
        'Hinted that a losing bidder complained about last year\'s library tender; he will strike anything that ' +
        'reads like our brochure.',
    },
    'appdev-chief': {
      name: 'Liu Yang',
      title: 'Chief, Application Development Section',
      department: 'IT Centre',
      contact: 'IT Centre, Room 410 · liuyang@eastlake.example · WeChat liuyang_elu',
      judgesBy:
        'Open APIs and one data standard so his four developers stop writing point-to-point interfaces; a platform ' +
        'his team can extend themselves. Personal win: credit for ending the data silos, and the deputy-director post.',
      nextStep:
        "Review the draft technical specification with him before it goes to the IT Centre's evaluation group; " +
        'agree who presents it.',
      privateNotes:
        'Shares internal meeting minutes with Li Wei: never forward or cite them. Wants to speak at our user ' +
        'conference. Ma Zhenhua must not learn how close we are.',
    },
    'network-chief': {
      name: 'Zhou Qiang',
      title: 'Chief, Network and Infrastructure Section',
      department: 'IT Centre',
      contact: 'IT Centre machine room, Building 3 · ext. 6320',
      judgesBy:
        'Stability above all: no outage during term, runs on the existing servers and network, his operators can ' +
        'run it without calling the vendor.',
      nextStep:
        'Zhao Min to run a load test on the existing virtualisation cluster with his team and ask for his view of ' +
        'the deployment plan - one-to-one, not in a meeting.',
      privateNotes:
        'Built the campus network in 2008 and has turned down promotion twice. Ma Zhenhua checks every technical ' +
        'decision with him. Never speaks first in meetings. Competes with Liu Yang for the deputy-director post, ' +
        'so Liu Yang cannot open this door for us.',
    },
    'project-manager': {
      name: 'Wu Ting',
      title: 'Project Manager, Smart Campus Programme',
      department: 'IT Centre',
      contact: 'IT Centre, Room 415 · wuting@eastlake.example',
      judgesBy:
        "A realistic plan with clear milestones, the vendor's team on site during go-live, and training for every " +
        "department's administrator.",
      nextStep: 'Send our standard go-live plan; Li Wei to invite her to visit a reference university.',
      privateNotes:
        'Came from a construction company two years ago; keeps the project-office tracker that VP Sun reads every ' +
        'Monday.',
    },
    'teaching-chief': {
      name: 'Zheng Mei',
      title: 'Chief, Teaching Operations Section',
      department: 'Academic Affairs Office',
      contact: 'Teaching Building A, Room 112 · ext. 5112',
      judgesBy:
        'No disruption to course selection or exam scheduling; keep the Huaying academic system her office has ' +
        'tuned for ten years; migration work must not land on her staff.',
      nextStep:
        'Offer to keep the academic system in phase 1 and only integrate it; Zhao Min to show the read-only ' +
        'interface that leaves Huaying untouched.',
      privateNotes:
        "Huaying's account manager has looked after her office for ten years and helped it win the 2022 " +
        "teaching-management award. Said in the May meeting that 'the IT Centre breaks whatever works' - she " +
        "blames Liu Yang's section for the exam-week outage.",
    },
    'logistics-deputy': {
      name: 'Guo Peng',
      title: 'Deputy General Manager, Logistics Services Group',
      department: 'Logistics Services Group',
      contact: 'Logistics Building, Room 305 · guopeng@eastlake.example',
      judgesBy: 'Dorm repairs, canteen payments and the campus card in one app, so his hotline gets fewer calls.',
      nextStep: 'Overdue: visit with the campus-card usage report and the repair-ticket demo.',
      privateNotes:
        'Our best reference inside: the 2022 campus-card integration was his project and went live on time. ' +
        'Li Wei has not seen him for over a month.',
    },
    'teacher-physics': {
      name: 'Lin Hai',
      title: 'Professor; member of the Teaching Committee',
      department: 'School of Physics and Technology',
      contact: 'Science Building, Room 620 · linhai@eastlake.example',
      judgesBy: 'Marks, attendance and course materials in one place on his phone; no more entering grades twice.',
      nextStep: 'Invite him to the pilot group for the mobile teaching app and ask him to bring two colleagues.',
      privateNotes:
        'Spoke up for us at the March teaching committee after the demo, but Li Wei only exchanged cards with him ' +
        'and never followed up.',
    },
    'teacher-english': {
      name: 'Gao Ya',
      title: 'Lecturer',
      department: 'School of Foreign Languages',
      contact: '',
      judgesBy:
        'Not another system to learn every two years; it must work on the classroom PCs and her phone without training.',
      nextStep: "Reach her through the school's teaching secretary; include her in the usability test.",
      privateNotes:
        'Posted a complaint about the last system change in the staff WeChat group; it got more than 200 likes.',
    },
    'dean-secretary': {
      name: 'Xu Jing',
      title: 'Secretary to the Dean',
      department: 'School of Computer Science',
      contact: 'Computer Science Building, Room 201 · ext. 4201',
      judgesBy:
        "Fewer forms and fewer logins for the school office; the dean's reports coming out of the system, not out " +
        'of Excel.',
      nextStep: "Ask Liu Yang to introduce her; show the report builder with the dean's monthly figures.",
      privateNotes:
        "Keeps the dean's calendar and decides which vendor letters reach his desk. Friends with Zheng Mei from " +
        'their years together in the Academic Affairs Office.',
    },
    'student-rep': {
      name: 'Han Chen',
      title: "Chair, Students' Union",
      department: "Students' Union",
      contact: 'studentunion@eastlake.example',
      judgesBy:
        'One app for course selection, campus card, dorm repairs and leave requests; no more queues at the ' +
        'service counters.',
      nextStep: 'Offer a student feedback session on the app prototype through the Youth League committee.',
      privateNotes: 'Graduates next summer and wants the student-service app on his CV.',
    },
    'it-operator': {
      name: 'Tian Lei',
      title: 'Systems Operations Engineer',
      department: 'IT Centre, Network and Infrastructure Section',
      contact: 'IT Centre machine room · ext. 6321',
      judgesBy: "Monitoring and logs he can read, upgrades that don't need a night shift, a vendor hotline that answers.",
      nextStep: 'Zhao Min to include him in the load test and send him the operations manual.',
      privateNotes:
        "Zhou Qiang's right hand: what Tian Lei grumbles about on Monday is Zhou Qiang's position on Friday.",
    },
    'helpdesk-operator': {
      name: 'Meng Fan',
      title: 'Service Desk Engineer',
      department: 'IT Centre, Network and Infrastructure Section',
      contact: '',
      judgesBy: "Fewer password-reset tickets; one place to see all of a user's accounts.",
      nextStep: 'Get the service-desk ticket statistics through Tian Lei.',
      privateNotes: 'Nobody on our side has met him; joined six months ago on a contract.',
    },
  },
  plan: {
    notes: {
      'pilot-scope': 'Walked through the pilot scope in his office; he will draft the room list.',
      'pilot-rooms': 'Which classrooms go first; she needs the timeline by the end of the month.',
      'platform-demo': 'Showed the data platform to his developers; questions on the single sign-on.',
      'procurement-lunch': 'Lunch: the tender calendar for next year and which framework we can use.',
      'cio-forum': 'Met at the CIO forum; he asked twice how we integrate with CloudNet.',
      roadmap: 'Presented the smart-campus roadmap; she wants a reference visit before the budget meeting.',
      'network-survey': 'Network survey with the network section; Tian Lei showed the monitoring they use.',
      'dorm-readers': 'The dormitory card readers: he wants the upgrade before the winter term.',
      'alumni-dinner': 'Dinner after the alumni event; polite, no time for the project.',
      'budget-cycle': 'The budget cycle and payment terms; she prefers payment by milestone.',
      'requirements-workshop': 'Workshop on the pilot requirements with the application and project teams.',
      'courtesy-visit': 'Courtesy visit with our regional director.',
      'study-kickoff': 'Kick-off of the smart-campus study.',
      'teaching-fair': 'Teaching-technology fair; he tried the classroom app.',
      'first-call': 'First technical call about the campus-card interfaces.',
      'roadmap-follow-up': 'Follow-up on the roadmap; bring the Lakeside University reference case.',
    },
    actions: {
      'meet-president': 'Ask Sun Liqun to set up a meeting for Chen Guodong with President Wang Jianguo.',
      'reference-visit': 'Invite Ma Zhenhua to the reference visit at Lakeside University.',
      'architecture-paper': 'Send Zhou Qiang the architecture paper before the pilot workshop.',
      'payment-terms': 'Bring Huang Li the milestone payment proposal.',
      'roadmap-deck': 'Send Sun Liqun the smart-campus roadmap deck.',
    },
  },
};
