import { fillTemplate, useLocale } from './locale.tsx'

// The text of the error views (PRODUCT §5.6, §5.7) in both languages. Only those views import it,
// and they load when something fails, so none of it is in the first view (PRODUCT §7 size).
// `{n|one|other}` picks the word for a count (see fillTemplate).

const ko = {
  errorTitle: '대담을 보여 드릴 수 없습니다',
  errorNotFound: '"{id}"라는 대담을 찾지 못했습니다 ({url}, HTTP {status}).',
  errorFileNotFound:
    '{url}에서 파일을 찾지 못했습니다 (HTTP 404). 주소가 맞는지 확인하거나, 링크를 보낸 사람에게 바뀐 주소를 물어보세요.',
  errorHttp:
    '서버가 {status} 상태로 응답했습니다 ({url}). 잠시 뒤 다시 시도해 보고, 계속 안 되면 사이트 운영자에게 알려 주세요.',
  errorForbidden:
    '{host} 서버가 파일을 내주지 않았습니다 (HTTP {status}). 로그인이 필요한 파일일 수 있지만 이 앱은 로그인 정보를 보내지 않습니다. 파일을 내려받아 여기에서 여세요.',
  errorCors:
    '{host} 서버가 이 앱에 파일 읽기를 허용하지 않았습니다 (CORS). 서버 운영자에게 Access-Control-Allow-Origin 헤더를 보내 달라고 하거나, 파일을 내려받아 여기에서 여세요.',
  errorNetwork:
    '{host}에 연결하지 못해 {url}을(를) 불러오지 못했습니다. 주소와 인터넷 연결을 확인한 뒤 다시 시도하세요.',
  errorInvalid: '{url}의 데이터가 형식에 맞지 않습니다. 문제 {n}개:',
  errorTimeout:
    '{url}이(가) 제한 시간 {seconds}초 안에 응답하지 않았습니다. 잠시 뒤 다시 시도하거나, 파일을 내려받아 여기에서 여세요.',
  errorRefused: '{url}은(는) 열 수 없는 주소입니다. http: 또는 https: 주소만 엽니다.',
  errorTooLarge: '{url}이(가) 너무 큽니다 (최대 {limit}).',
  errorMissingLocal:
    '이 브라우저에 저장된 파일이 아닙니다. 로컬 파일의 링크는 파일을 연 브라우저에서만 열립니다.',
  errorStorage: '브라우저 저장소가 응답하지 않았습니다.',
  retry: '다시 시도',
  openFailed: '{name}을(를) 열 수 없습니다. 문제 {n}개:',
  openTooLarge: '{name}은(는) {size}로, 최대 {limit}보다 큽니다. 읽지 않았습니다.',
  moreIssues: '외 {n}개',
}

type ErrorKey = keyof typeof ko

const en: Record<ErrorKey, string> = {
  errorTitle: 'This interview cannot be shown',
  errorNotFound: 'There is no interview called "{id}" ({url}, HTTP {status}).',
  errorFileNotFound:
    'No file was found at {url} (HTTP 404). Check the address, or ask whoever shared the link for the current one.',
  errorHttp:
    "The server answered with status {status} ({url}). Try again in a moment; if it keeps failing, tell the site's owner.",
  errorForbidden:
    'The server at {host} would not hand over the file (HTTP {status}). It may need a login, which Daedam never sends: download the file and open it here.',
  errorCors:
    'The server at {host} did not allow Daedam to read the file (CORS). Ask its owner to send the header Access-Control-Allow-Origin, or download the file and open it here.',
  errorNetwork:
    'Could not reach {host} to load {url}. Check the address and your connection, then try again.',
  errorInvalid: 'The data at {url} does not fit the format. {n} {n|problem|problems}:',
  errorTimeout:
    '{url} did not answer within the time limit of {seconds} s. Try again later, or download the file and open it here.',
  errorRefused: '{url} cannot be opened: only http: and https: addresses are.',
  errorTooLarge: '{url} is too large (at most {limit}).',
  errorMissingLocal:
    'This file is not kept in this browser. Links to local files work only in the browser that opened them.',
  errorStorage: "This browser's storage did not answer.",
  retry: 'Try again',
  openFailed: '{name} cannot be opened. {n} {n|problem|problems}:',
  openTooLarge: '{name} is {size}, more than the {limit} limit. It was not read.',
  moreIssues: 'and {n} more',
}

const tables = { ko, en }

export type TranslateError = (key: ErrorKey, vars?: Record<string, string | number>) => string

/** The error views' text in the interface's language. */
export function useErrorText(): TranslateError {
  const { locale } = useLocale()
  return (key, vars) => fillTemplate(tables[locale][key], vars)
}
