/** The map's view options on the toolbar (covers lines), kept beside en.ts and zh-CN.ts. */
export const mapViewMessagesEn = {
  coversLines: 'Covers lines',
  coversLinesTitle:
    'Show every covers line from our team. Off: each person carries chips of who covers them, and the lines appear for the selected or hovered person',
};

export const mapViewMessagesZhCN: typeof mapViewMessagesEn = {
  coversLines: '覆盖连线',
  coversLinesTitle: '显示我方团队的全部覆盖连线。关闭时，每个人身上的小标签显示谁在覆盖他，选中或悬停某人时才显示其连线',
};
