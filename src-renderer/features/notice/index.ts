export { NoticeButton, noticeFileName, type NoticeButtonProps } from './NoticeButton';
